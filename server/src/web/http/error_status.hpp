#pragma once

#include <optional>
#include <string>

#include "core/base/error.hpp"
#include "web/http/http_types.hpp"

namespace mienskip::web {

/// The HTTP status the table gives `code`, or nullopt when no row names it. The one place that
/// maps Mienskip's error codes (core/base/error_codes.hpp) to HTTP; every code has a row.
std::optional<int> listed_http_status(const std::string& code);

/// listed_http_status, and 400 for a code no row names (it is the client's to fix).
int http_status_for(const std::string& code);

/// `{"error": {"code": ..., "message": ..., "params": {...}}}` with the status for `code`; `params`
/// (what a client needs to word the error in its own language) only when there are any.
Response error_response(const std::string& code, const std::string& message, const ErrorParams& params = {});

}  // namespace mienskip::web
