#include "core/crypto/audit_chain.hpp"

#include "core/crypto/sha256.hpp"

namespace mienskip {

std::string audit_entry_hash(const std::string& previous_hash, const AuditEntry& entry) {
  return sha256_hex(previous_hash + "\n" + std::to_string(entry.position) + "\n" + entry.occurred_at + "\n" +
                    entry.actor + "\n" + entry.action + "\n" + entry.subject + "\n" + entry.details);
}

std::optional<std::string> first_chain_break(const std::vector<AuditEntry>& entries) {
  std::string previous(64, '0');
  long long expected = 1;
  for (const auto& entry : entries) {
    const std::string where = "entry " + std::to_string(entry.position) + " (" + entry.action + ", " +
                              entry.occurred_at + ")";
    if (entry.position != expected) {
      return "entries " + std::to_string(expected) + " to " + std::to_string(entry.position - 1) +
             " are missing: they were deleted";
    }
    if (entry.previous_hash != previous) {
      return where + " does not follow the entry before it: an entry before it was changed or removed";
    }
    if (audit_entry_hash(previous, entry) != entry.entry_hash) return where + " was changed after it was written";
    previous = entry.entry_hash;
    ++expected;
  }
  return std::nullopt;
}

}  // namespace mienskip
