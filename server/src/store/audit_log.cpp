#include "store/audit_log.hpp"

#include <pqxx/result>
#include <pqxx/transaction>

namespace mienskip::store {

void audit(pqxx::transaction_base& tx, const std::string& actor, const std::string& action, const std::string& subject,
           const nlohmann::json& details) {
  tx.exec_params("INSERT INTO audit_log (actor, action, subject, details) VALUES ($1, $2, $3, $4::jsonb)", actor, action,
                 subject, details.dump());
}

std::optional<ChainHead> audit_head(pqxx::transaction_base& tx) {
  const auto rows = tx.exec("SELECT chain_position, entry_hash FROM audit_log ORDER BY chain_position DESC LIMIT 1");
  if (rows.empty()) return std::nullopt;
  return ChainHead{rows[0][0].as<long long>(), rows[0][1].as<std::string>()};
}

std::optional<ChainHead> audit_head(pqxx::connection& connection) {
  pqxx::read_transaction read(connection);
  return audit_head(read);
}

std::vector<AuditEntry> read_audit_log(pqxx::connection& connection) {
  pqxx::read_transaction read(connection);
  std::vector<AuditEntry> entries;
  for (const auto& row : read.exec(
           "SELECT chain_position, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "
           "actor, action, subject, details::text, previous_hash, entry_hash FROM audit_log ORDER BY chain_position")) {
    entries.push_back({row[0].as<long long>(), row[1].as<std::string>(), row[2].as<std::string>(),
                       row[3].as<std::string>(), row[4].as<std::string>(), row[5].as<std::string>(),
                       row[6].as<std::string>(), row[7].as<std::string>()});
  }
  return entries;
}

}  // namespace mienskip::store
