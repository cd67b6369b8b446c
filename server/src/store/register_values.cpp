#include "store/register_values.hpp"

#include <algorithm>
#include <pqxx/pqxx>

#include "core/base/error.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

RegisterValues register_values(pqxx::connection& connection, const std::string& slug, const std::string& column,
                               std::size_t limit) {
  pqxx::read_transaction read(connection);
  const auto id = forum_id(read, slug);
  // The column's place in the register (PostgreSQL arrays count from 1), and whether rows are left.
  const auto found = read.exec_params(
      "SELECT array_position(columns, $2), row_count, "
      "       EXISTS (SELECT 1 FROM forum_register_rows WHERE forum_id = $1), "
      "       to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
      "FROM forum_registers WHERE forum_id = $1",
      id, column);
  if (found.empty()) throw Error(error_codes::no_register, "Forum '" + slug + "' has no register yet.");
  if (found[0][0].is_null()) {
    throw Error(error_codes::unknown_column, "The register has no column with this name.", {}, {{"column", column}});
  }
  if (!found[0][2].as<bool>() && found[0][1].as<long long>() > 0) {
    throw Error(error_codes::personal_data_deleted, "The register's rows of forum '" + slug + "' have been deleted.");
  }
  RegisterValues result;
  result.counted_at = found[0][3].as<std::string>();
  const auto rows = read.exec_params(
      "SELECT fields[$2], count(*) FROM forum_register_rows WHERE forum_id = $1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $3",
      id, found[0][0].as<int>(), static_cast<long long>(limit) + 1);
  if (rows.size() > limit) {
    throw Error(error_codes::too_many_values,
                "This column has more than " + std::to_string(limit) + " different values: it is no source for quotas.", {},
                {{"limit", std::to_string(limit)}});
  }
  for (const auto& row : rows) result.values.push_back({row[0].is_null() ? "" : row[0].as<std::string>(), row[1].as<long long>()});
  return result;
}

}  // namespace mienskip::store
