#pragma once

#include <optional>
#include <pqxx/connection>
#include <string>
#include <vector>

#include "core/forum/forum_settings.hpp"

namespace mienskip::store {

/// A forum as stored, with who set it up and who last changed its quotas.
struct StoredForum {
  long long id = 0;
  ForumSettings settings;
  std::string created_by, created_at;                // ISO 8601 in UTC
  std::string quotas_changed_by, quotas_changed_at;  // the creation, until the quotas are replaced
  std::optional<long long> register_rows;            // the accepted register's size, if one was uploaded
};

/// Stores a checked forum and audits it (`forum.created`, with its panel size and quotas).
/// Throws Error `forum_exists` when the slug is taken (nothing stored).
StoredForum create_forum(pqxx::connection& connection, const ForumSettings& forum, const std::string& actor);

/// Every forum, newest first.
std::vector<StoredForum> list_forums(pqxx::connection& connection);

std::optional<StoredForum> find_forum(pqxx::connection& connection, const std::string& slug);

/// The forum `slug`; throws Error `not_found` when there is none.
StoredForum existing_forum(pqxx::connection& connection, const std::string& slug);

/// Replaces the forum's panel size and quota categories and audits it (`forum.quotas_replaced`,
/// with the new ones). Throws Error `not_found`.
StoredForum replace_quotas(pqxx::connection& connection, const std::string& slug, int panel_size,
                           const std::vector<QuotaCategory>& categories, const std::string& actor);

}  // namespace mienskip::store
