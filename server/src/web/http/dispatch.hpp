#pragma once

#include <ostream>
#include <string>

#include "web/http/http_types.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// Routes a request and runs its handler under the one catch-all of the service.
///
/// Never throws. A mienskip::Error becomes its code's status with its message; invalid JSON in a
/// request becomes 400 `invalid_json`; anything else becomes 500 `internal_error` with a generic
/// message and the request id, while the real reason goes to `error_log` only.
Response dispatch(const Router& router, Request request, const std::string& request_id,
                  std::ostream& error_log);

}  // namespace mienskip::web
