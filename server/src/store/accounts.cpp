#include "store/accounts.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/except>
#include <pqxx/result>
#include <pqxx/transaction>

#include "core/accounts/account_email.hpp"
#include "core/base/error.hpp"
#include "store/account_grants.hpp"
#include "store/audit_log.hpp"
#include "core/crypto/random_token.hpp"
#include "core/crypto/sha256.hpp"

namespace mienskip::store {

Account create_account(pqxx::connection& connection, const std::string& email_typed, Role role,
                       const std::string& password_hash, const std::string& actor, bool must_change_password) {
  const auto normalised = normalise_account_email(email_typed);
  const Error invalid(error_codes::invalid_email, "That is not an e-mail address an account can have (name@domain.tld, at most " +
                                           std::to_string(max_account_email_bytes) + " bytes).");
  if (!normalised) throw invalid;
  const std::string& email = *normalised;
  pqxx::work work(connection);
  pqxx::result row;
  try {
    row = work.exec_params(
        "INSERT INTO accounts (email, role, password_hash, must_change_password) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (email) DO NOTHING RETURNING id",
        email, role_name(role), password_hash, must_change_password);
  } catch (const pqxx::check_violation&) {
    throw invalid;
  }
  if (row.empty()) throw Error(error_codes::account_exists, "There is already an account for " + email + ".");
  const Account account{row[0][0].as<long long>(), email, role, must_change_password};
  audit(work, actor, "account.created", "account:" + email,
        {{"role", role_name(role)}, {"temporary_password", must_change_password}});
  work.commit();
  return account;
}

namespace {

// One answer for every refusal: which one it was would tell whether the address has an account.
Error refused_login(const SessionPolicy& policy) {
  return Error(error_codes::invalid_credentials,
               "The e-mail address or the password is not right. After " + std::to_string(policy.failures_before_lock) +
                   " wrong passwords in a row an account is locked for " + std::to_string(policy.lock.count()) +
                   " minutes.");
}

// A wrong password or second factor: counted, and the account locked at the limit.
void count_failure(pqxx::work& work, const Account& account, int failures_before, const SessionPolicy& policy,
                   const char* reason) {
  const int failures = failures_before + 1;
  const bool locks = failures >= policy.failures_before_lock;
  work.exec_params(
      "UPDATE accounts SET failed_logins = $2, "
      "locked_until = CASE WHEN $3 THEN now() + make_interval(mins => $4) END WHERE id = $1",
      account.id, failures, locks, static_cast<int>(policy.lock.count()));
  nlohmann::json details{{"failures", failures}};
  if (reason != nullptr) details["reason"] = reason;
  if (locks) details["locked_minutes"] = policy.lock.count();
  audit(work, account.email, "login.failed", "account:" + account.email, details);
}

// The second factor of an account that has one: which kind was used, or nullopt when `second`
// matches neither the key (at a step after the last one accepted) nor an unused recovery code.
// Whatever matches is spent.
std::optional<std::string> spend_second_factor(pqxx::work& work, const Account& account, const pqxx::row& row,
                                               const SecondFactorCheck& second) {
  const auto last = row[8].is_null() ? std::nullopt : std::optional<std::int64_t>(row[8].as<std::int64_t>());
  if (second.totp_step) {
    if (const auto step = second.totp_step(account.id, row[7].as<std::string>(), last)) {
      work.exec_params("UPDATE accounts SET totp_last_step = $2 WHERE id = $1", account.id, *step);
      return "authenticator app";
    }
  }
  const auto hash = second.recovery_hash ? second.recovery_hash(account.id) : std::nullopt;
  if (hash && !work.exec_params("UPDATE recovery_codes SET used_at = now() WHERE account_id = $1 AND code_hash = $2 "
                                "AND used_at IS NULL RETURNING 1",
                                account.id, *hash)
                   .empty()) {
    return "recovery code";
  }
  return std::nullopt;
}

NewSession open_session(pqxx::work& work, const Account& account, const std::optional<std::string>& second_factor) {
  const std::string token = random_token("", 32);
  const std::string csrf = random_token("", 32);
  work.exec_params("UPDATE accounts SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1",
                   account.id);
  work.exec_params("INSERT INTO sessions (token_hash, account_id, csrf_token) VALUES ($1, $2, $3)", sha256_hex(token),
                   account.id, csrf);
  nlohmann::json details = nlohmann::json::object();
  if (second_factor) details["second_factor"] = *second_factor;
  audit(work, account.email, "login", "account:" + account.email, details);
  NewSession session{token, csrf, account, account_rights(work, account)};
  work.commit();
  return session;
}

}  // namespace

NewSession log_in(pqxx::connection& connection, const LoginName& who,
                  const std::function<bool(const std::string&)>& verify, const std::string& unmatched_hash,
                  const SessionPolicy& policy, const SecondFactorCheck& second) {
  const Error refused = refused_login(policy);
  pqxx::work work(connection);
  pqxx::result rows;
  // FOR UPDATE: parallel guesses at one account are counted one after the other. A lock that has
  // ended counts as no failures, so the account is not locked again by the next wrong password.
  if (who.email) {
    rows = work.exec_params(
        "SELECT id, role, password_hash, coalesce(locked_until > now(), false), "
        "CASE WHEN locked_until <= now() THEN 0 ELSE failed_logins END, disabled_at IS NOT NULL, must_change_password, "
        "totp_key_sealed, totp_last_step "
        "FROM accounts WHERE email = $1 FOR UPDATE",
        *who.email);
  }
  if (rows.empty()) {
    if (who.email) {
      audit(work, "anonymous", "login.failed", "account:unknown",
            {{"reason", "unknown account"}, {"email_hmac", who.keyed_hash}});
    } else {
      audit(work, "anonymous", "login.failed", "account:unknown", {{"reason", "not an e-mail address"}});
    }
    work.commit();
    verify(unmatched_hash);  // as long as a real check, so timing tells nothing
    throw refused;
  }
  const std::string& email = *who.email;
  const Account account{rows[0][0].as<long long>(), email, *parse_role(rows[0][1].as<std::string>()),
                        rows[0][6].as<bool>(), !rows[0][7].is_null()};
  const bool right = verify(rows[0][2].as<std::string>());
  // Checked all the same (and then ignored), so a disabled or locked account answers as slowly as
  // any other. A disabled account's guesses are not counted: it cannot be used either way.
  if (rows[0][5].as<bool>() || rows[0][3].as<bool>()) {
    audit(work, email, "login.refused", "account:" + email, {{"reason", rows[0][5].as<bool>() ? "disabled" : "locked"}});
    work.commit();
    throw refused;
  }
  if (!right) {
    count_failure(work, account, rows[0][4].as<int>(), policy, nullptr);
    work.commit();
    throw refused;
  }
  if (!account.two_factor_enabled) return open_session(work, account, std::nullopt);
  // Only now, with the password proven, may the answer say that a code is needed.
  if (second.code.empty()) {
    work.commit();
    throw Error(error_codes::two_factor_required, "Type the code your authenticator app shows, or a recovery code.");
  }
  const auto used = spend_second_factor(work, account, rows[0], second);
  if (!used) {
    count_failure(work, account, rows[0][4].as<int>(), policy, "wrong second factor");
    work.commit();
    throw Error(error_codes::invalid_two_factor_code,
                "The code is not right, or was used already. Type the code your authenticator app shows now.");
  }
  return open_session(work, account, used);
}

std::optional<ActiveSession> find_session(pqxx::connection& connection, const std::string& token,
                                          const SessionPolicy& policy) {
  if (token.size() != 64) return std::nullopt;
  const std::string hash = sha256_hex(token);
  pqxx::work work(connection);
  const auto rows = work.exec_params(
      "UPDATE sessions s SET last_seen_at = now() FROM accounts a "
      "WHERE s.token_hash = $1 AND a.id = s.account_id AND a.disabled_at IS NULL "
      "AND s.last_seen_at > now() - make_interval(mins => $2) AND s.created_at > now() - make_interval(hours => $3) "
      "RETURNING a.id, a.email, a.role, s.csrf_token, a.must_change_password, a.totp_key_sealed IS NOT NULL",
      hash, static_cast<int>(policy.idle.count()), static_cast<int>(policy.absolute.count()));
  if (rows.empty()) {
    work.exec_params("DELETE FROM sessions WHERE token_hash = $1", hash);
    work.commit();
    return std::nullopt;
  }
  ActiveSession session{{rows[0][0].as<long long>(), rows[0][1].as<std::string>(), *parse_role(rows[0][2].as<std::string>()),
                         rows[0][4].as<bool>(), rows[0][5].as<bool>()},
                        rows[0][3].as<std::string>(),
                        hash,
                        {}};
  session.rights = account_rights(work, session.account);
  work.commit();
  return session;
}

void upgrade_password_hash(pqxx::connection& connection, const Account& account, const std::string& weaker,
                           const std::string& stronger) {
  pqxx::work work(connection);
  const auto changed = work.exec_params("UPDATE accounts SET password_hash = $3 WHERE id = $1 AND password_hash = $2",
                                        account.id, weaker, stronger);
  if (changed.affected_rows() == 1) {
    // The cost parameters only: they say how hard the stored hash is to attack, not what it is.
    auto cost = [](const std::string& hash) {  // "scrypt$<log2 N>$<r>$<p>"
      std::size_t at = 0;
      for (int part = 0; part < 4 && at != std::string::npos; ++part) at = hash.find('$', at + 1);
      return hash.substr(0, at);
    };
    audit(work, account.email, "account.password_rehashed", "account:" + account.email,
          {{"from", cost(weaker)}, {"to", cost(stronger)}});
  }
  work.commit();
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
