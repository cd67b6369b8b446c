#pragma once

#include <pqxx/connection>
#include <string>
#include <vector>

#include "core/forum/register_composition.hpp"

namespace mienskip::store {

/// One column of a forum's register counted by value, for quotas from facts: never a row, only
/// how many rows hold each value.
struct RegisterValues {
  std::vector<ValueCount> values;  // most first
  std::string counted_at;          // the database's now(), UTC ("2026-12-07T11:40:00Z")
};

/// The distinct values of `column` in the register of forum `slug` with their counts. Throws
/// `not_found` (no such forum), `no_register`, `personal_data_deleted` (the rows are gone after the
/// draw), `unknown_column` (params: column), and `too_many_values` (params: limit) when the
/// column has more than `limit` distinct values, which is an id or a name, not a quota's source.
RegisterValues register_values(pqxx::connection& connection, const std::string& slug, const std::string& column,
                               std::size_t limit = 50000);

}  // namespace mienskip::store
