#include "app/staff_login.hpp"

#include <utility>

#include "core/accounts/account_email.hpp"
#include "core/base/error.hpp"
#include "core/crypto/password.hpp"

namespace mienskip::app {

StaffLogin::StaffLogin(store::ConnectionPool& database, store::SessionPolicy policy, std::string secret)
    : database_(database),
      policy_(policy),
      secret_(std::move(secret)),
      unmatched_hash_(unmatched_password_hash()),
      attempts_(login_client_failures, login_client_window) {}

store::NewSession StaffLogin::log_in(const std::string& email, const std::string& password,
                                     const std::string& client) {
  if (attempts_.blocked(client)) {
    throw Error(error_codes::too_many_requests, "Too many failed logins from here. Please wait ten minutes.");
  }
  // What was typed is checked before anything else sees it: an address no account can have (too
  // long, a password typed in the wrong box) is answered as an unknown one and kept nowhere.
  store::LoginName who{normalise_account_email(email), ""};
  if (who.email) who.keyed_hash = unknown_email_hash(secret_, *who.email);
  auto connection = database_.acquire();
  try {
    return store::log_in(
        *connection, who, [&password](const std::string& hash) { return verify_password(password, hash); },
        unmatched_hash_, policy_);
  } catch (const Error& e) {
    if (e.code() == error_codes::invalid_credentials) attempts_.record_failure(client);
    throw;
  }
}

}  // namespace mienskip::app
