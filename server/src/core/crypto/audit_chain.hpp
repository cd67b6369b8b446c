#pragma once

#include <optional>
#include <string>
#include <string_view>
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

/// A state of the chain as published: the position of its last entry at that moment and that
/// entry's hash, written HASH@POSITION (64 lowercase hex digits, `@`, a position from 1). Whoever
/// keeps one can later prove that nothing up to it was removed or rewritten, even by someone
/// able to re-hash the whole chain, because such a rewrite cannot reproduce the published hash.
struct ChainHead {
  long long position = 0;
  std::string hash;
};

/// HASH@POSITION.
std::string chain_head_text(const ChainHead& head);

/// The head written as HASH@POSITION, or nullopt when the text is anything else.
std::optional<ChainHead> parse_chain_head(std::string_view text);

/// The head of the chain now, or nullopt when it has no entries.
std::optional<ChainHead> chain_head(const std::vector<AuditEntry>& entries);

/// In words, how the log departs from a head published earlier, or nullopt when the entry at the
/// head's position still carries the head's hash. Entries must come in position order and form an
/// intact chain (`first_chain_break`): then a matching entry vouches for every entry before it.
std::optional<std::string> departure_from_head(const std::vector<AuditEntry>& entries, const ChainHead& head);

}  // namespace mienskip
