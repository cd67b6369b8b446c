#include "store/forum_recruitment.hpp"

#include <pqxx/pqxx>

#include "store/lookup.hpp"

namespace mienskip::store {

std::vector<StratumCount> stratum_counts(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  const auto rows = read.exec_params(
      "SELECT i.stratum, count(*), count(v.number) FILTER (WHERE v.withdrawn_at IS NULL), "
      "count(v.number) FILTER (WHERE v.withdrawn_at IS NOT NULL) "
      "FROM forum_invitations i LEFT JOIN forum_volunteers v ON v.forum_id = i.forum_id AND v.draw_order = i.draw_order "
      "WHERE i.forum_id = $1 GROUP BY i.stratum ORDER BY i.stratum",
      forum_id(read, slug));
  std::vector<StratumCount> counts;
  for (const auto& row : rows) {
    counts.push_back({row[0].as<std::string>(), row[1].as<long long>(), row[2].as<long long>(), row[3].as<long long>()});
  }
  return counts;
}

}  // namespace mienskip::store
