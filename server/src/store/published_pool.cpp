#include "store/published_pool.hpp"

#include <pqxx/pqxx>

#include "core/base/error.hpp"
#include "store/audit_log.hpp"
#include "store/forum_selection.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

namespace {

std::optional<PoolUnpublished> read_unpublished(pqxx::transaction_base& tx, long long forum_id) {
  const auto row = tx.exec_params1(
      std::string("SELECT to_char(pool_unpublished_at AT TIME ZONE 'UTC', ") + utc_format + "), pool_unpublished_by "
                  "FROM forums WHERE id = $1",
      forum_id);
  if (row[0].is_null()) return std::nullopt;
  return PoolUnpublished{row[0].as<std::string>(), row[1].as<std::string>()};
}

}  // namespace

std::optional<PoolUnpublished> find_pool_unpublished(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  return read_unpublished(read, forum_id(read, slug));
}

PoolUnpublished unpublish_pool(pqxx::connection& connection, const std::string& slug, const std::string& actor) {
  pqxx::work work(connection);
  const auto id = forum_id(work, slug, RowLock::for_update);
  if (!panel_exists(work, id)) {
    throw Error(error_codes::no_panel, "The panel of forum '" + slug + "' is not drawn yet: until it is, the published "
                                       "files are how anyone checks the draw, so they stay.");
  }
  if (auto done = read_unpublished(work, id)) return *done;
  work.exec_params("UPDATE forums SET pool_unpublished_at = now(), pool_unpublished_by = $2 WHERE id = $1", id, actor);
  audit(work, actor, "forum.pool_unpublished", "forum:" + slug, nlohmann::json::object());
  auto unpublished = *read_unpublished(work, id);
  work.commit();
  return unpublished;
}

}  // namespace mienskip::store
