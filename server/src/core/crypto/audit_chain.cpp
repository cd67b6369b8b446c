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

std::string chain_head_text(const ChainHead& head) { return head.hash + "@" + std::to_string(head.position); }

std::optional<ChainHead> parse_chain_head(std::string_view text) {
  const auto at = text.find('@');
  if (at != 64) return std::nullopt;
  const auto hash = text.substr(0, at), position = text.substr(at + 1);
  if (hash.find_first_not_of("0123456789abcdef") != std::string_view::npos) return std::nullopt;
  // At most 18 digits: every such number fits a long long.
  if (position.empty() || position.size() > 18 || position[0] == '0' ||
      position.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  return ChainHead{std::stoll(std::string(position)), std::string(hash)};
}

std::optional<ChainHead> chain_head(const std::vector<AuditEntry>& entries) {
  if (entries.empty()) return std::nullopt;
  return ChainHead{entries.back().position, entries.back().entry_hash};
}

std::optional<std::string> departure_from_head(const std::vector<AuditEntry>& entries, const ChainHead& head) {
  const std::string published = "the published head " + chain_head_text(head);
  const long long last = entries.empty() ? 0 : entries.back().position;
  if (head.position > last) {
    return "the log ends at entry " + std::to_string(last) + ", before " + published +
           ": entries were removed from its end";
  }
  // An intact chain runs 1, 2, 3...: the entry at a position is at index position - 1.
  const auto& entry = entries[static_cast<std::size_t>(head.position - 1)];
  if (entry.entry_hash != head.hash) {
    return "entry " + std::to_string(head.position) + " now has hash " + entry.entry_hash + ", not that of " + published +
           ": the log was rewritten up to that entry";
  }
  return std::nullopt;
}

}  // namespace mienskip
