#include "store/migration_plan.hpp"

#include <algorithm>
#include <map>
#include <regex>

#include "core/base/error.hpp"
#include "core/crypto/sha256.hpp"

namespace mienskip::store {

std::vector<Migration> parse_migrations(const std::vector<MigrationFile>& files) {
  static const std::regex pattern(R"(^([0-9]{4})_([a-z0-9_]+)\.sql$)");
  std::vector<Migration> migrations;
  for (const auto& file : files) {
    std::smatch match;
    if (!std::regex_match(file.file_name, match, pattern)) {
      throw Error(error_codes::migration_invalid, "migration file '" + file.file_name +
                                           "' is not named like 0001_short_name.sql");
    }
    migrations.push_back(
        {std::stoi(match[1].str()), match[2].str(), file.sql, sha256_hex(file.sql)});
  }
  std::sort(migrations.begin(), migrations.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  for (std::size_t i = 1; i < migrations.size(); ++i) {
    if (migrations[i].version == migrations[i - 1].version) {
      throw Error(error_codes::migration_invalid, "two migration files share version " +
                                           std::to_string(migrations[i].version));
    }
  }
  return migrations;
}

std::vector<Migration> pending_migrations(const std::vector<Migration>& known,
                                          const std::vector<AppliedMigration>& applied) {
  std::map<int, const Migration*> by_version;
  for (const auto& migration : known) by_version[migration.version] = &migration;

  int highest_applied = 0;
  for (const auto& row : applied) {
    const auto found = by_version.find(row.version);
    if (found == by_version.end()) {
      throw Error(error_codes::migration_unknown,
                  "the database has migration " + std::to_string(row.version) + " (" + row.name +
                      ") which this program does not know: it was migrated by a newer version");
    }
    if (found->second->checksum != row.checksum) {
      throw Error(error_codes::migration_edited,
                  "migration " + std::to_string(row.version) + " (" + row.name +
                      ") was changed after it was applied; migrations are forward-only, so add a "
                      "new migration instead of editing an old one");
    }
    highest_applied = std::max(highest_applied, row.version);
  }

  std::vector<Migration> pending;
  for (const auto& migration : known) {
    const bool done = std::any_of(applied.begin(), applied.end(), [&](const AppliedMigration& a) {
      return a.version == migration.version;
    });
    if (done) continue;
    if (migration.version < highest_applied) {
      throw Error(error_codes::migration_out_of_order,
                  "migration " + std::to_string(migration.version) + " (" + migration.name +
                      ") is new but sorts before migration " + std::to_string(highest_applied) +
                      ", which is already applied; give it a higher number");
    }
    pending.push_back(migration);
  }
  return pending;
}

}  // namespace mienskip::store
