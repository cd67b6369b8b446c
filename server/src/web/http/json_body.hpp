#pragma once

#include <nlohmann/json.hpp>

#include "web/http/http_types.hpp"

namespace mienskip::web {

/// The request's body as JSON. Throws Error `unsupported_media_type` unless it is sent as
/// application/json (naming `what`, e.g. "the forum"); invalid JSON is a 400 from dispatch.
nlohmann::json json_body(const Request& request, const std::string& what);

}  // namespace mienskip::web
