#include "app/staff_login.hpp"

#include <algorithm>
#include <thread>
#include <utility>

#include "core/accounts/account_email.hpp"
#include "core/accounts/password_policy.hpp"
#include "core/base/error.hpp"
#include "core/crypto/password.hpp"
#include "store/account_admin.hpp"

namespace mienskip::app {

namespace {

std::ptrdiff_t concurrent_password_checks() {
  return std::clamp<std::ptrdiff_t>(static_cast<std::ptrdiff_t>(std::thread::hardware_concurrency()), 2, 8);
}

// Holds one of the semaphore's places for as long as it lives.
template <class Semaphore>
class Place {
 public:
  explicit Place(Semaphore& places) : places_(places) { places_.acquire(); }
  ~Place() { places_.release(); }
  Place(const Place&) = delete;
  Place& operator=(const Place&) = delete;

 private:
  Semaphore& places_;
};

}  // namespace

StaffLogin::StaffLogin(store::ConnectionPool& database, store::SessionPolicy policy, std::string secret)
    : database_(database),
      policy_(policy),
      secret_(std::move(secret)),
      unmatched_hash_(unmatched_password_hash()),
      attempts_(login_client_failures, login_client_window),
      password_checks_(concurrent_password_checks()) {}

bool StaffLogin::verify(const std::string& password, const std::string& stored) {
  const Place place(password_checks_);
  return verify_password(password, stored);
}

std::string StaffLogin::hash(const std::string& password) {
  const Place place(password_checks_);
  return hash_password(password);
}

void StaffLogin::refuse_blocked(const std::string& client) {
  if (attempts_.blocked(client)) {
    throw Error(error_codes::too_many_requests, "Too many failed logins from here. Please wait ten minutes.");
  }
}

store::NewSession StaffLogin::log_in(const std::string& email, const std::string& password,
                                     const std::string& client, const store::SecondFactorCheck& second) {
  refuse_blocked(client);
  // What was typed is checked before anything else sees it: an address no account can have (too
  // long, a password typed in the wrong box) is answered as an unknown one and kept nowhere.
  store::LoginName who{normalise_account_email(email), ""};
  if (who.email) who.keyed_hash = unknown_email_hash(secret_, *who.email);
  std::string matched;
  auto check = [this, &password, &matched](const std::string& stored) {
    const bool right = verify(password, stored);
    if (right) matched = stored;
    return right;
  };
  store::NewSession session;
  try {
    session = store::log_in(*database_.acquire(), who, check, unmatched_hash_, policy_, second);
  } catch (const Error& e) {
    if (e.code() == error_codes::invalid_credentials || e.code() == error_codes::invalid_two_factor_code) {
      attempts_.record_failure(client);
    }
    throw;
  }
  // The stronger hash takes as long as a check: computed holding no database connection.
  if (password_needs_rehash(matched)) {
    const std::string stronger = hash(password);
    store::upgrade_password_hash(*database_.acquire(), session.account, matched, stronger);
  }
  return session;
}

void StaffLogin::change_password(const store::ActiveSession& session, const std::string& current,
                                 const std::string& next, const std::string& client) {
  refuse_blocked(client);
  check_password_strength(next, session.account.email);
  if (next == current) {
    throw Error(error_codes::weak_password, "The new password must differ from the current one.", {},
                {{"rule", "same_as_current"}});
  }
  const std::string new_hash = hash(next);
  auto connection = database_.acquire();
  try {
    store::change_own_password(
        *connection, session, [this, &current](const std::string& stored) { return verify(current, stored); }, new_hash);
  } catch (const Error& e) {
    if (e.code() == error_codes::wrong_password) attempts_.record_failure(client);
    throw;
  }
}

}  // namespace mienskip::app
