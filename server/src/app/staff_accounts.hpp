#pragma once

#include <optional>
#include <string>

#include "app/staff_login.hpp"
#include "store/account_admin.hpp"
#include "store/connection_pool.hpp"

namespace mienskip::app {

// What an admin does to staff accounts that needs a password made: the password is checked as any
// staff password (check_password_strength, against the account's own address too) and hashed
// under StaffLogin's bound, holding no database connection meanwhile; the rest of the lifecycle
// is store/account_admin.

/// A new account with a temporary password its owner replaces at the first sign-in. Throws
/// `weak_password`, `invalid_email` or `account_exists`.
store::Account add_staff_account(store::ConnectionPool& database, StaffLogin& passwords, const std::string& email,
                                 store::Role role, const std::string& temporary_password, const std::string& actor);

/// Makes the account's owner choose a new password at the next sign-in; with a temporary
/// password (for someone who forgot theirs) that replaces the old one at once.
void require_new_password(store::ConnectionPool& database, StaffLogin& passwords, long long id,
                          const std::optional<std::string>& temporary_password, const std::string& actor);

}  // namespace mienskip::app
