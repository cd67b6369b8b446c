#include "store/accounts.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <pqxx/except>
#include <pqxx/result>
#include <pqxx/transaction>

#include "core/error.hpp"
#include "store/audit_log.hpp"
#include "core/random_token.hpp"
#include "core/sha256.hpp"

namespace mienskip::store {

std::string role_name(Role role) { return role == Role::admin ? "admin" : "analyst"; }

std::optional<Role> parse_role(const std::string& name) {
  if (name == "admin") return Role::admin;
  if (name == "analyst") return Role::analyst;
  return std::nullopt;
}

namespace {

std::string normalised_email(std::string email) {
  std::transform(email.begin(), email.end(), email.begin(), [](unsigned char c) { return std::tolower(c); });
  const auto first = email.find_first_not_of(' ');
  const auto last = email.find_last_not_of(' ');
  return first == std::string::npos ? "" : email.substr(first, last - first + 1);
}

}  // namespace

Account create_account(pqxx::connection& connection, const std::string& email_typed, Role role,
                       const std::string& password_hash, const std::string& actor) {
  const std::string email = normalised_email(email_typed);
  pqxx::work work(connection);
  pqxx::result row;
  try {
    row = work.exec_params(
        "INSERT INTO accounts (email, role, password_hash) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING "
        "RETURNING id",
        email, role_name(role), password_hash);
  } catch (const pqxx::check_violation&) {
    throw Error("invalid_email", "'" + email_typed + "' is not an e-mail address.");
  }
  if (row.empty()) throw Error("account_exists", "There is already an account for " + email + ".");
  const Account account{row[0][0].as<long long>(), email, role};
  audit(work, actor, "account.created", "account:" + email, {{"role", role_name(role)}});
  work.commit();
  return account;
}

NewSession log_in(pqxx::connection& connection, const std::string& email_typed,
                  const std::function<bool(const std::string&)>& verify, const SessionPolicy& policy) {
  const std::string email = normalised_email(email_typed);
  const Error refused("invalid_credentials", "The e-mail address or the password is not right.");
  pqxx::work work(connection);
  // FOR UPDATE: parallel guesses are counted one after the other.
  const auto rows = work.exec_params(
      "SELECT id, role, password_hash, locked_until > now() FROM accounts WHERE email = $1 FOR UPDATE", email);
  if (rows.empty()) {
    audit(work, "anonymous", "login.failed", "account:" + email, {{"reason", "unknown account"}});
    work.commit();
    verify("scrypt$15$8$1$00$00");  // about as long as a real check, so timing tells nothing
    throw refused;
  }
  const Account account{rows[0][0].as<long long>(), email, *parse_role(rows[0][1].as<std::string>())};
  if (!rows[0][3].is_null() && rows[0][3].as<bool>()) {
    audit(work, email, "login.refused", "account:" + email, {{"reason", "locked"}});
    work.commit();
    throw Error("account_locked", "This account is locked for a while after too many wrong passwords. Try again later.");
  }
  if (!verify(rows[0][2].as<std::string>())) {
    const auto failures = work.exec_params(
        "UPDATE accounts SET failed_logins = failed_logins + 1, "
        "locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) END "
        "WHERE id = $1 RETURNING failed_logins",
        account.id, policy.failures_before_lock, static_cast<int>(policy.lock.count()));
    audit(work, email, "login.failed", "account:" + email, {{"failures", failures[0][0].as<int>()}});
    work.commit();
    throw refused;
  }
  const std::string token = random_token("", 32);
  const std::string csrf = random_token("", 32);
  work.exec_params("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = $1", account.id);
  work.exec_params("INSERT INTO sessions (token_hash, account_id, csrf_token) VALUES ($1, $2, $3)", sha256_hex(token),
                   account.id, csrf);
  audit(work, email, "login", "account:" + email);
  work.commit();
  return {token, csrf, account};
}

std::optional<ActiveSession> find_session(pqxx::connection& connection, const std::string& token,
                                          const SessionPolicy& policy) {
  if (token.size() != 64) return std::nullopt;
  const std::string hash = sha256_hex(token);
  pqxx::work work(connection);
  const auto rows = work.exec_params(
      "UPDATE sessions s SET last_seen_at = now() FROM accounts a "
      "WHERE s.token_hash = $1 AND a.id = s.account_id "
      "AND s.last_seen_at > now() - make_interval(mins => $2) AND s.created_at > now() - make_interval(hours => $3) "
      "RETURNING a.id, a.email, a.role, s.csrf_token",
      hash, static_cast<int>(policy.idle.count()), static_cast<int>(policy.absolute.count()));
  if (rows.empty()) {
    work.exec_params("DELETE FROM sessions WHERE token_hash = $1", hash);
    work.commit();
    return std::nullopt;
  }
  work.commit();
  return ActiveSession{{rows[0][0].as<long long>(), rows[0][1].as<std::string>(), *parse_role(rows[0][2].as<std::string>())},
                       rows[0][3].as<std::string>(),
                       hash};
}

void end_session(pqxx::connection& connection, const ActiveSession& session) {
  pqxx::work work(connection);
  work.exec_params("DELETE FROM sessions WHERE token_hash = $1", session.token_hash);
  audit(work, session.account.email, "logout", "account:" + session.account.email);
  work.commit();
}

void end_all_sessions(pqxx::connection& connection, const ActiveSession& session) {
  pqxx::work work(connection);
  const auto ended = work.exec_params("DELETE FROM sessions WHERE account_id = $1", session.account.id);
  audit(work, session.account.email, "logout.everywhere", "account:" + session.account.email,
        {{"sessions", ended.affected_rows()}});
  work.commit();
}

}  // namespace mienskip::store
