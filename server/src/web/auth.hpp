#pragma once

#include <initializer_list>

#include "store/accounts.hpp"
#include "store/connection_pool.hpp"
#include "web/attempt_limiter.hpp"
#include "web/router.hpp"

namespace mienskip::web {

/// Staff sessions: logging in and out, and the check every admin route makes first.
///   POST   /api/session             {"email", "password"} -> 200 {"email", "role", "csrf_token"}
///                                   and the session cookie (HttpOnly, SameSite=Strict, Secure
///                                   behind TLS); 401 `invalid_credentials`, 423 `account_locked`,
///                                   429 after many failures from one client
///   GET    /api/session             the current session, 401 without one
///   DELETE /api/session             log out (this device)
///   POST   /api/session/everywhere  log out on every device
class Auth {
 public:
  Auth(store::ConnectionPool& database, store::SessionPolicy policy);

  /// The request's session. Throws Error `unauthenticated` (401) without a valid one, `forbidden`
  /// (403) when its role is not among `allowed`, and `csrf_failed` (403) when a request that changes
  /// something lacks the session's token in the X-CSRF-Token header.
  store::ActiveSession require(const Request& request, std::initializer_list<store::Role> allowed);

  void add_routes(Router& router);

 private:
  store::ConnectionPool& database_;
  const store::SessionPolicy policy_;
  AttemptLimiter login_attempts_;
};

}  // namespace mienskip::web
