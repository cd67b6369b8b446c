#pragma once

#include "web/admin/auth.hpp"
#include "web/admin/staff_routes.hpp"

namespace mienskip::web {

/// Staff accounts, for admins (docs/staff-accounts.md); every change audited as account.<what>:
///   GET    /api/admin/accounts                          every account: role, status, last sign-in,
///                                                       open sessions
///   POST   /api/admin/accounts                          {email, role, password}: a new account whose
///                                                       (temporary) password its owner replaces at
///                                                       the first sign-in; 201
///   PUT    /api/admin/accounts/{account}/role           {role}
///   POST   /api/admin/accounts/{account}/disable        its sessions end; it cannot log in
///   POST   /api/admin/accounts/{account}/enable
///   POST   /api/admin/accounts/{account}/end-sessions
///   POST   /api/admin/accounts/{account}/password-change {temporary_password?}: a new password at
///                                                       the next sign-in; its sessions end
///   POST   /api/admin/accounts/{account}/two-factor/reset  a lost phone: its second factor and
///                                                       recovery codes go, its sessions end
///   DELETE /api/admin/accounts/{account}
/// `{account}` is the account's number. 404 `not_found`; 409 `last_admin` for a change that would
/// leave no enabled admin; 400 `weak_password` for a temporary password that is too weak.
void add_admin_account_routes(StaffRoutes& routes, Auth& auth);

}  // namespace mienskip::web
