#include "app/staff_accounts.hpp"

#include "core/accounts/account_email.hpp"
#include "core/accounts/password_policy.hpp"

namespace mienskip::app {

store::Account add_staff_account(store::ConnectionPool& database, StaffLogin& passwords, const std::string& email,
                                 store::Role role, const std::string& temporary_password, const std::string& actor) {
  check_password_strength(temporary_password, normalise_account_email(email).value_or(""));
  const std::string hash = passwords.hash(temporary_password);
  return store::create_account(*database.acquire(), email, role, hash, actor, true);
}

void require_new_password(store::ConnectionPool& database, StaffLogin& passwords, long long id,
                          const std::optional<std::string>& temporary_password, const std::string& actor) {
  std::optional<std::string> temporary_hash;
  if (temporary_password) {
    const auto account = store::find_account(*database.acquire(), id, {});
    check_password_strength(*temporary_password, account.account.email);
    temporary_hash = passwords.hash(*temporary_password);
  }
  store::require_password_change(*database.acquire(), id, temporary_hash, actor);
}

}  // namespace mienskip::app
