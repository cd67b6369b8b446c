#include "store/forums.hpp"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <stdexcept>

#include "core/base/error.hpp"
#include "store/audit_log.hpp"
#include "store/forum_selection.hpp"
#include "store/forum_selection_runs.hpp"

namespace mienskip::store {

namespace {

const std::string forum_columns =
    "f.id, f.slug, f.name, f.municipality, f.panel_size, f.categories::text, f.created_by, "
    "to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), f.quotas_changed_by, "
    "to_char(f.quotas_changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), r.row_count "
    "FROM forums f LEFT JOIN forum_registers r ON r.forum_id = f.id";

StoredForum forum_from(const pqxx::row& row) {
  StoredForum forum;
  forum.id = row[0].as<long long>();
  forum.settings.slug = row[1].as<std::string>();
  forum.settings.name = row[2].as<std::string>();
  forum.settings.municipality = row[3].as<std::string>();
  forum.settings.panel_size = row[4].as<int>();
  // Stored only after check_quota_categories accepted them, so they read back the same.
  auto categories = check_quota_categories(nlohmann::json::parse(row[5].as<std::string>()));
  if (!categories.value) throw std::runtime_error("forum " + forum.settings.slug + " has unreadable quotas");
  forum.settings.categories = std::move(*categories.value);
  forum.created_by = row[6].as<std::string>();
  forum.created_at = row[7].as<std::string>();
  forum.quotas_changed_by = row[8].as<std::string>();
  forum.quotas_changed_at = row[9].as<std::string>();
  if (!row[10].is_null()) forum.register_rows = row[10].as<long long>();
  return forum;
}

std::optional<StoredForum> find(pqxx::transaction_base& tx, const std::string& slug) {
  const auto rows = tx.exec_params("SELECT " + forum_columns + " WHERE f.slug = $1", slug);
  if (rows.empty()) return std::nullopt;
  return forum_from(rows[0]);
}

nlohmann::json quotas_details(int panel_size, const std::vector<QuotaCategory>& categories) {
  return {{"panel_size", panel_size}, {"categories", quota_categories_json(categories)}};
}

}  // namespace

StoredForum create_forum(pqxx::connection& connection, const ForumSettings& forum, const std::string& actor) {
  pqxx::work work(connection);
  const auto row = work.exec_params(
      "INSERT INTO forums (slug, name, municipality, panel_size, categories, created_by, quotas_changed_by) "
      "VALUES ($1, $2, $3, $4, $5::jsonb, $6, $6) ON CONFLICT (slug) DO NOTHING RETURNING id",
      forum.slug, forum.name, forum.municipality, forum.panel_size,
      quota_categories_json(forum.categories).dump(), actor);
  if (row.empty()) throw Error(error_codes::forum_exists, "A forum with the short name '" + forum.slug + "' already exists.");
  auto details = quotas_details(forum.panel_size, forum.categories);
  details["name"] = forum.name;
  details["municipality"] = forum.municipality;
  audit(work, actor, "forum.created", "forum:" + forum.slug, details);
  auto stored = *find(work, forum.slug);
  work.commit();
  return stored;
}

std::vector<StoredForum> list_forums(pqxx::connection& connection) {
  pqxx::read_transaction read(connection);
  std::vector<StoredForum> forums;
  for (const auto& row : read.exec("SELECT " + forum_columns + " ORDER BY f.id DESC")) forums.push_back(forum_from(row));
  return forums;
}

std::optional<StoredForum> find_forum(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  return find(read, slug);
}

StoredForum existing_forum(pqxx::connection& connection, const std::string& slug) {
  auto forum = find_forum(connection, slug);
  if (!forum) throw Error(error_codes::not_found, "There is no forum '" + slug + "'.");
  return std::move(*forum);
}

StoredForum replace_quotas(pqxx::connection& connection, const std::string& slug, int panel_size,
                           const std::vector<QuotaCategory>& categories, const std::string& actor) {
  pqxx::work work(connection);
  const auto changed = work.exec_params(
      "UPDATE forums SET panel_size = $2, categories = $3::jsonb, quotas_changed_by = $4, quotas_changed_at = now() "
      "WHERE slug = $1 RETURNING id",
      slug, panel_size, quota_categories_json(categories).dump(), actor);
  if (changed.empty()) throw Error(error_codes::not_found, "There is no forum '" + slug + "'.");
  // The quotas a drawn panel was selected under are published with it and stay. (Checked after
  // the update, which holds the forum's row as the panel draw does, so neither slips past.)
  refuse_when_pool_final(work, changed[0][0].as<long long>(), slug,
                         "the panel is drawn under these quotas, so they can no longer change");
  audit(work, actor, "forum.quotas_replaced", "forum:" + slug, quotas_details(panel_size, categories));
  auto stored = *find(work, slug);
  work.commit();
  return stored;
}

}  // namespace mienskip::store
