#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "app/staff_login.hpp"
#include "app/two_factor.hpp"
#include "store/accounts.hpp"
#include "store/connection_pool.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// Staff sessions: logging in and out, and the check every admin route makes first.
///   POST   /api/session             {"email", "password"} -> 200 {"email", "role", "grants",
///                                   "csrf_token", ...}
///                                   and the session cookie (HttpOnly, SameSite=Strict, Secure
///                                   behind TLS); 401 `invalid_credentials` alike for an unknown
///                                   or impossible address, a wrong password and a locked
///                                   account; 400 `bad_request` for another body; 429 after many
///                                   failures from one client (docs/staff-accounts.md)
///   GET    /api/session             the current session, 401 without one
///   DELETE /api/session             log out (this device)
///   POST   /api/session/everywhere  log out on every device
///   POST   /api/session/two-factor/enrolment   a new TOTP key for the signed-in account: its
///                                   base32 text, otpauth URI and QR code (SVG)
///   POST   /api/session/two-factor/confirm     {"code"}: two-factor sign-in on; answers the ten
///                                   recovery codes, shown only then
///   (A login of an account with two-factor sign-in sends {"code"} too: 401 `two_factor_required`
///   without it, 422 `invalid_two_factor_code` for a wrong or spent one.)
///   PUT    /api/session/password    {"current_password", "new_password"}: replace one's own
///                                   password (the other sessions end); 403 `wrong_password`, 400
///                                   `weak_password`. The session's `must_change_password` says a
///                                   new one must be chosen first: every staff route (StaffRoutes)
///                                   answers 403 `password_change_required` until it is.
class Auth {
 public:
  /// `secret` is the server secret, which keys how the audit log names unknown addresses and seals
  /// the second factors' keys; `rule` says who must have a second factor.
  Auth(store::ConnectionPool& database, store::SessionPolicy policy, std::string secret,
       app::TwoFactorRule rule = app::TwoFactorRule::admins);

  /// The request's session. Throws Error `unauthenticated` (401) without a valid one, `forbidden`
  /// (403) when the account's rights do not meet `need` for the forum or survey the route's
  /// `{slug}` names (core/accounts/rights: allows), and `csrf_failed` (403) when a request that
  /// changes something lacks the session's token in the X-CSRF-Token header.
  store::ActiveSession require(const Request& request, Access need);

  void add_routes(Router& router);

  const store::SessionPolicy& policy() const { return policy_; }
  /// Whether the account must set up two-factor sign-in before it may use any other staff route.
  bool must_enrol(const store::Account& account, const Rights& rights) const;
  /// Where passwords are checked and hashed, under one bound on the memory that takes.
  app::StaffLogin& passwords() { return login_; }

 private:
  void add_own_account_routes(Router& router);
  store::ConnectionPool& database_;
  const store::SessionPolicy policy_;
  app::StaffLogin login_;
  app::TwoFactor two_factor_;
};

}  // namespace mienskip::web
