#pragma once

#include <optional>
#include <string>
#include <vector>

namespace mienskip {

/// One audit log entry as stored, with the text fields exactly as the database renders them
/// (`occurred_at` as 2026-11-25T14:15:16.123456Z, `details` as PostgreSQL's jsonb text).
struct AuditEntry {
  long long position = 0;
  std::string occurred_at, actor, action, subject, details;
  std::string previous_hash, entry_hash;
};

/// The hash an entry must carry: SHA-256 (hex) of previous_hash, a newline and the entry's text:
/// position, occurred_at, actor, action, subject and details, each on its own line.
std::string audit_entry_hash(const std::string& previous_hash, const AuditEntry& entry);

/// Where the chain is broken, in words, or nullopt when every entry links to the one before it
/// (the first to 64 zeros), positions run 1, 2, 3... without gaps, and every hash matches its
/// entry. Entries must come in position order.
std::optional<std::string> first_chain_break(const std::vector<AuditEntry>& entries);

}  // namespace mienskip
