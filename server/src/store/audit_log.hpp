#pragma once

#include <nlohmann/json.hpp>
#include <pqxx/connection>
#include <pqxx/transaction_base>
#include <optional>
#include <string>
#include <vector>

#include "core/crypto/audit_chain.hpp"

namespace mienskip::store {

/// Every audit log entry in chain order, rendered as the chain's hashes cover them.
std::vector<AuditEntry> read_audit_log(pqxx::connection& connection);

/// The chain's head now (the last entry's position and hash), or nullopt for an empty log: what
/// the verification page, the council report and the letters' mail-merge file publish.
std::optional<ChainHead> audit_head(pqxx::transaction_base& tx);
std::optional<ChainHead> audit_head(pqxx::connection& connection);

/// Appends an entry inside `tx`, so it stands or falls with the change it records (the database
/// chains it: migrations 0001 and 0004). `details` never hold personal data or codes.
void audit(pqxx::transaction_base& tx, const std::string& actor, const std::string& action, const std::string& subject,
           const nlohmann::json& details = nlohmann::json::object());

}  // namespace mienskip::store
