#pragma once

#include <pqxx/connection>
#include <vector>

#include "core/audit_chain.hpp"

namespace mienskip::store {

/// Every audit log entry in chain order, rendered as the chain's hashes cover them.
std::vector<AuditEntry> read_audit_log(pqxx::connection& connection);

}  // namespace mienskip::store
