#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <pqxx/connection>
#include <string>

namespace mienskip::store {

enum class Role { admin, analyst };
std::string role_name(Role role);
std::optional<Role> parse_role(const std::string& name);

struct Account {
  long long id = 0;
  std::string email;
  Role role = Role::analyst;
};

/// Creates a staff account (the email is stored in lower case) and audits it. Throws Error
/// `account_exists` or `invalid_email`.
Account create_account(pqxx::connection& connection, const std::string& email, Role role,
                       const std::string& password_hash, const std::string& actor);

/// How long sessions live and when repeated wrong passwords lock an account.
struct SessionPolicy {
  std::chrono::minutes idle{30};
  std::chrono::hours absolute{12};
  int failures_before_lock = 5;
  std::chrono::minutes lock{15};
};

/// A logged-in session: the cookie's token and the token forms must echo (CSRF).
struct NewSession {
  std::string token;
  std::string csrf_token;
  Account account;
};

/// Checks email and password with `verify` (the password check, kept out of the store) and opens a
/// session. Throws Error `invalid_credentials` (the same for an unknown email and a wrong password)
/// or `account_locked` after repeated failures; every outcome is audited without the password.
NewSession log_in(pqxx::connection& connection, const std::string& email,
                  const std::function<bool(const std::string& password_hash)>& verify, const SessionPolicy& policy);

struct ActiveSession {
  Account account;
  std::string csrf_token;
  std::string token_hash;
};

/// The session for a cookie token, if it exists and has not expired (idle or absolute); touching
/// it extends the idle time. Expired sessions are removed.
std::optional<ActiveSession> find_session(pqxx::connection& connection, const std::string& token,
                                          const SessionPolicy& policy);

void end_session(pqxx::connection& connection, const ActiveSession& session);
/// Ends every session of the account (all devices) and audits it.
void end_all_sessions(pqxx::connection& connection, const ActiveSession& session);

}  // namespace mienskip::store
