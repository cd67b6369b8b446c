#include "store/account_two_factor.hpp"

#include <pqxx/result>
#include <pqxx/transaction>

#include "core/base/error.hpp"
#include "store/audit_log.hpp"

namespace mienskip::store {

void start_two_factor_enrolment(pqxx::connection& connection, const Account& account, const std::string& sealed_key) {
  pqxx::work work(connection);
  const auto changed = work.exec_params(
      "UPDATE accounts SET totp_pending_sealed = $2 WHERE id = $1 AND totp_key_sealed IS NULL", account.id, sealed_key);
  if (changed.affected_rows() != 1) {
    throw Error(error_codes::two_factor_enabled,
                "Two-factor sign-in is already on for this account; an admin can reset it when the phone is lost.");
  }
  audit(work, account.email, "account.two_factor_enrolment_started", "account:" + account.email);
  work.commit();
}

std::optional<std::string> pending_two_factor_key(pqxx::connection& connection, long long account_id) {
  pqxx::read_transaction tx(connection);
  const auto rows = tx.exec_params("SELECT totp_pending_sealed FROM accounts WHERE id = $1", account_id);
  if (rows.empty() || rows[0][0].is_null()) return std::nullopt;
  return rows[0][0].as<std::string>();
}

void enable_two_factor(pqxx::connection& connection, const ActiveSession& session, const std::string& sealed_key,
                       std::int64_t step, const std::vector<std::string>& recovery_hashes) {
  const Account& account = session.account;
  pqxx::work work(connection);
  const auto changed = work.exec_params(
      "UPDATE accounts SET totp_key_sealed = totp_pending_sealed, totp_pending_sealed = NULL, totp_last_step = $3, "
      "totp_enabled_at = now() WHERE id = $1 AND totp_pending_sealed = $2 AND totp_key_sealed IS NULL",
      account.id, sealed_key, step);
  if (changed.affected_rows() != 1) {
    throw Error(error_codes::conflict, "This set-up was replaced by another one meanwhile; start again.");
  }
  work.exec_params("DELETE FROM recovery_codes WHERE account_id = $1", account.id);
  for (const auto& hash : recovery_hashes) {
    work.exec_params("INSERT INTO recovery_codes (account_id, code_hash) VALUES ($1, $2)", account.id, hash);
  }
  const auto ended = work.exec_params("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2", account.id,
                                      session.token_hash);
  audit(work, account.email, "account.two_factor_enabled", "account:" + account.email,
        {{"recovery_codes", recovery_hashes.size()}, {"other_sessions_ended", ended.affected_rows()}});
  work.commit();
}

void reset_two_factor(pqxx::connection& connection, long long id, const std::string& actor) {
  pqxx::work work(connection);
  const auto rows = work.exec_params(
      "UPDATE accounts SET totp_key_sealed = NULL, totp_pending_sealed = NULL, totp_last_step = NULL, "
      "totp_enabled_at = NULL WHERE id = $1 RETURNING email",
      id);
  if (rows.empty()) throw Error(error_codes::not_found, "There is no account " + std::to_string(id) + ".");
  const auto email = rows[0][0].as<std::string>();
  const auto codes = work.exec_params("DELETE FROM recovery_codes WHERE account_id = $1", id);
  const auto ended = work.exec_params("DELETE FROM sessions WHERE account_id = $1", id);
  audit(work, actor, "account.two_factor_reset", "account:" + email,
        {{"recovery_codes_removed", codes.affected_rows()}, {"sessions_ended", ended.affected_rows()}});
  work.commit();
}

}  // namespace mienskip::store
