#pragma once

#include <optional>
#include <pqxx/connection>
#include <string>

namespace mienskip::store {

/// When and by whom the volunteers' quota answers were taken off the public verification page
/// (migration 0021).
struct PoolUnpublished {
  std::string at, by;  // at: ISO 8601 in UTC
};

/// Nothing while the files are public. Throws Error `not_found` for no such forum.
std::optional<PoolUnpublished> find_pool_unpublished(pqxx::connection& connection, const std::string& slug);

/// Takes features.csv, candidates.csv and selection.json off the public page once the panel is
/// drawn, and audits it (`forum.pool_unpublished`); their hashes stay published. Doing it again
/// changes nothing. Throws Error `no_panel` before the panel: until then the files are how anyone
/// checks the draw to come.
PoolUnpublished unpublish_pool(pqxx::connection& connection, const std::string& slug, const std::string& actor);

}  // namespace mienskip::store
