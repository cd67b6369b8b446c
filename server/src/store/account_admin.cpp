#include "store/account_admin.hpp"

#include <algorithm>
#include <pqxx/result>
#include <pqxx/transaction>

#include "core/accounts/account_email.hpp"
#include "core/base/error.hpp"
#include "store/audit_log.hpp"

namespace mienskip::store {

namespace {

constexpr const char* iso = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'";

// $1 and $2 are the session policy's idle minutes and absolute hours: only sessions still open count.
std::string summary_query(const std::string& where) {
  return std::string("SELECT a.id, a.email, a.role, a.must_change_password, a.disabled_at IS NOT NULL, ") +
         // A lock that has ended is no lock.
         "to_char(CASE WHEN a.locked_until > now() THEN a.locked_until END AT TIME ZONE 'UTC', " + iso + "), " +
         "to_char(a.created_at AT TIME ZONE 'UTC', " + iso + "), to_char(a.last_login_at AT TIME ZONE 'UTC', " + iso +
         "), (SELECT count(*) FROM sessions s WHERE s.account_id = a.id "
         "AND s.last_seen_at > now() - make_interval(mins => $1) AND s.created_at > now() - make_interval(hours => $2)), "
         "a.totp_key_sealed IS NOT NULL FROM accounts a " +
         where + " ORDER BY a.email";
}

std::optional<std::string> optional_text(const pqxx::field& field) {
  if (field.is_null()) return std::nullopt;
  return field.as<std::string>();
}

AccountSummary summary(const pqxx::row& row) {
  AccountSummary result;
  result.account = {row[0].as<long long>(), row[1].as<std::string>(), *parse_role(row[2].as<std::string>()),
                    row[3].as<bool>(), row[9].as<bool>()};
  result.disabled = row[4].as<bool>();
  result.locked_until = optional_text(row[5]);
  result.created_at = row[6].as<std::string>();
  result.last_login_at = optional_text(row[7]);
  result.sessions = row[8].as<int>();
  return result;
}

struct Target {
  Account account;
  bool disabled = false;
};

// Locks the enabled admins (in id order, so two admins' changes cannot deadlock) and then the
// account `id`. With `leaves_admins`, refuses when the account is the only enabled admin: a row
// another transaction demoted or disabled meanwhile is re-read after its lock is released, so two
// admins demoting each other at once cannot both succeed.
Target lock_target(pqxx::work& work, long long id, bool leaves_admins) {
  const auto admins = work.exec("SELECT id FROM accounts WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE");
  const auto rows = work.exec_params(
      "SELECT email, role, must_change_password, disabled_at IS NOT NULL FROM accounts WHERE id = $1 FOR UPDATE", id);
  if (rows.empty()) throw Error(error_codes::not_found, "There is no account " + std::to_string(id) + ".");
  const Target target{{id, rows[0][0].as<std::string>(), *parse_role(rows[0][1].as<std::string>()), rows[0][2].as<bool>()},
                      rows[0][3].as<bool>()};
  const bool enabled_admin =
      std::any_of(admins.begin(), admins.end(), [id](const pqxx::row& row) { return row[0].as<long long>() == id; });
  if (leaves_admins && enabled_admin && admins.size() <= 1) {
    throw Error(error_codes::last_admin,
                target.account.email + " is the only admin account that is enabled: make another account admin first.");
  }
  return target;
}

std::string subject(const Account& account) { return "account:" + account.email; }

}  // namespace

std::vector<AccountSummary> list_accounts(pqxx::connection& connection, const SessionPolicy& policy) {
  pqxx::read_transaction tx(connection);
  std::vector<AccountSummary> accounts;
  auto grants = grants_by_account(tx);
  for (const auto& row : tx.exec_params(summary_query(""), static_cast<int>(policy.idle.count()),
                                        static_cast<int>(policy.absolute.count()))) {
    accounts.push_back(summary(row));
    accounts.back().grants = std::move(grants[accounts.back().account.id]);
  }
  return accounts;
}

long long account_id_of(pqxx::connection& connection, const std::string& email) {
  const auto normalised = normalise_account_email(email);
  pqxx::read_transaction tx(connection);
  const auto rows = normalised ? tx.exec_params("SELECT id FROM accounts WHERE email = $1", *normalised) : pqxx::result{};
  if (rows.empty()) throw Error(error_codes::not_found, "There is no account for " + normalised.value_or("that address") + ".");
  return rows[0][0].as<long long>();
}

AccountSummary find_account(pqxx::connection& connection, long long id, const SessionPolicy& policy) {
  pqxx::read_transaction tx(connection);
  const auto rows = tx.exec_params(summary_query("WHERE a.id = $3"), static_cast<int>(policy.idle.count()),
                                   static_cast<int>(policy.absolute.count()), id);
  if (rows.empty()) throw Error(error_codes::not_found, "There is no account " + std::to_string(id) + ".");
  auto found = summary(rows[0]);
  found.grants = account_grants(tx, id);
  return found;
}

void set_account_role(pqxx::connection& connection, long long id, Role role, const std::string& actor) {
  pqxx::work work(connection);
  const auto target = lock_target(work, id, role != Role::admin);
  if (target.account.role == role) return;
  work.exec_params("UPDATE accounts SET role = $2 WHERE id = $1", id, role_name(role));
  audit(work, actor, "account.role_changed", subject(target.account),
        {{"from", role_name(target.account.role)}, {"to", role_name(role)}});
  work.commit();
}

void set_account_disabled(pqxx::connection& connection, long long id, bool disabled, const std::string& actor) {
  pqxx::work work(connection);
  const auto target = lock_target(work, id, disabled);
  if (target.disabled == disabled) return;
  if (disabled) {
    work.exec_params("UPDATE accounts SET disabled_at = now() WHERE id = $1", id);
    const auto ended = work.exec_params("DELETE FROM sessions WHERE account_id = $1", id);
    audit(work, actor, "account.disabled", subject(target.account), {{"sessions_ended", ended.affected_rows()}});
  } else {
    work.exec_params("UPDATE accounts SET disabled_at = NULL, failed_logins = 0, locked_until = NULL WHERE id = $1", id);
    audit(work, actor, "account.enabled", subject(target.account));
  }
  work.commit();
}

void require_password_change(pqxx::connection& connection, long long id,
                             const std::optional<std::string>& temporary_hash, const std::string& actor) {
  pqxx::work work(connection);
  const auto target = lock_target(work, id, false);
  work.exec_params(
      "UPDATE accounts SET must_change_password = true, password_hash = coalesce($2, password_hash) WHERE id = $1", id,
      temporary_hash);
  const auto ended = work.exec_params("DELETE FROM sessions WHERE account_id = $1", id);
  audit(work, actor, "account.password_change_required", subject(target.account),
        {{"temporary_password", temporary_hash.has_value()}, {"sessions_ended", ended.affected_rows()}});
  work.commit();
}

long long end_account_sessions(pqxx::connection& connection, long long id, const std::string& actor) {
  pqxx::work work(connection);
  const auto target = lock_target(work, id, false);
  const auto ended = work.exec_params("DELETE FROM sessions WHERE account_id = $1", id);
  audit(work, actor, "account.sessions_ended", subject(target.account), {{"sessions_ended", ended.affected_rows()}});
  work.commit();
  return static_cast<long long>(ended.affected_rows());
}

void remove_account(pqxx::connection& connection, long long id, const std::string& actor) {
  pqxx::work work(connection);
  const auto target = lock_target(work, id, true);
  work.exec_params("DELETE FROM accounts WHERE id = $1", id);  // its sessions go with it (ON DELETE CASCADE)
  audit(work, actor, "account.removed", subject(target.account), {{"role", role_name(target.account.role)}});
  work.commit();
}

void change_own_password(pqxx::connection& connection, const ActiveSession& session,
                         const std::function<bool(const std::string&)>& verify, const std::string& new_hash) {
  pqxx::work work(connection);
  const auto rows = work.exec_params("SELECT password_hash FROM accounts WHERE id = $1 FOR UPDATE", session.account.id);
  if (rows.empty()) throw Error(error_codes::unauthenticated, "Log in first.");
  if (!verify(rows[0][0].as<std::string>())) {
    audit(work, session.account.email, "account.password_change_refused", subject(session.account),
          {{"reason", "wrong current password"}});
    work.commit();
    throw Error(error_codes::wrong_password, "The current password is not right.");
  }
  work.exec_params("UPDATE accounts SET password_hash = $2, must_change_password = false WHERE id = $1",
                   session.account.id, new_hash);
  const auto ended = work.exec_params("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2",
                                      session.account.id, session.token_hash);
  audit(work, session.account.email, "account.password_changed", subject(session.account),
        {{"other_sessions_ended", ended.affected_rows()}});
  work.commit();
}

}  // namespace mienskip::store
