#pragma once

#include <string>

#include "web/http/http_types.hpp"

namespace mienskip::web {

/// The HTTP status for an error code: the one place that maps Mienskip's error codes to HTTP.
/// Unknown codes are client errors (400): a code that should mean something else belongs here.
int http_status_for(const std::string& code);

/// `{"error": {"code": ..., "message": ...}}` with the status for `code`.
Response error_response(const std::string& code, const std::string& message);

}  // namespace mienskip::web
