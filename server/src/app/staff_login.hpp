#pragma once

#include <chrono>
#include <cstddef>
#include <semaphore>
#include <string>

#include "app/attempt_limiter.hpp"
#include "store/accounts.hpp"
#include "store/connection_pool.hpp"

namespace mienskip::app {

/// Failed logins from one client (any accounts, any addresses) within `login_client_window` after
/// which that client is refused (429) until the oldest of them leaves the window.
inline constexpr std::size_t login_client_failures = 20;
inline constexpr std::chrono::minutes login_client_window{10};

/// Logging a staff member in: the address as typed, the password checked against its scrypt hash
/// (or against a hash no account has, to take as long, when no account matches), per-account
/// lockout (store::log_in and docs/staff-accounts.md) and the limit per client.
class StaffLogin {
 public:
  /// `secret` is the server secret, which keys how the audit log names unknown addresses.
  StaffLogin(store::ConnectionPool& database, store::SessionPolicy policy, std::string secret);

  /// A new session for the account with `email` and `password`. Throws Error `too_many_requests`
  /// after `login_client_failures` failures from `client` within the window, and
  /// `invalid_credentials` alike for an unknown or impossible address, a wrong password and a
  /// locked account (each such failure counts against the client).
  /// A password made with weaker scrypt parameters (an older version) is hashed again with
  /// today's once the login has proven it. `second` checks the code of an account with two-factor
  /// sign-in (store::log_in); a wrong code counts against `client` as a wrong password does.
  store::NewSession log_in(const std::string& email, const std::string& password, const std::string& client,
                           const store::SecondFactorCheck& second = {});

  /// The signed-in staff member replaces their password (store::change_own_password). Throws
  /// `weak_password` (check_password_strength, before anything is checked), `wrong_password` for a
  /// wrong current password (which counts against `client` as a failed login does) and
  /// `too_many_requests` as log_in.
  void change_password(const store::ActiveSession& session, const std::string& current, const std::string& next,
                       const std::string& client);

  /// A new password's hash, computed under the same bound as every check.
  std::string hash(const std::string& password);

 private:
  bool verify(const std::string& password, const std::string& stored);
  void refuse_blocked(const std::string& client);
  store::ConnectionPool& database_;
  const store::SessionPolicy policy_;
  const std::string secret_;
  const std::string unmatched_hash_;
  AttemptLimiter attempts_;
  // Each scrypt computation takes 128 MiB for ~0.8 s: at most this many at once, so a burst of
  // logins from many clients queues instead of taking the machine's memory.
  std::counting_semaphore<64> password_checks_;
};

}  // namespace mienskip::app
