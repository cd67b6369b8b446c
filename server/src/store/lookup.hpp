#pragma once

#include <pqxx/transaction_base>
#include <string>

// What most store files need first: a forum's or survey's row id from its slug, and how the store
// writes a timestamp. One copy, so every "not found" reads the same.
namespace mienskip::store {

/// How a lookup treats the row it finds.
enum class RowLock { none, for_update };

/// The id of the forum `slug`; with RowLock::for_update the row stays locked until the
/// transaction ends, so changes to one forum happen one after the other. Throws Error `not_found`.
long long forum_id(pqxx::transaction_base& tx, const std::string& slug, RowLock lock = RowLock::none);

/// The id of the survey `slug`. Throws Error `not_found`.
long long survey_id(pqxx::transaction_base& tx, const std::string& slug);

/// PostgreSQL's to_char format for a UTC timestamp as the API writes it: 2026-12-05T14:15:16Z.
inline constexpr const char* utc_format = "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'";

}  // namespace mienskip::store
