#pragma once

#include <string>
#include <vector>

#include "store/embedded_migrations.hpp"

namespace mienskip::store {

/// A migration this program knows: `0003_add_surveys.sql` has version 3 and name `add_surveys`.
struct Migration {
  int version = 0;
  std::string name;
  std::string sql;
  std::string checksum;  // SHA-256 of the file's text: an edited migration no longer matches.
};

/// A row of the `schema_migrations` table.
struct AppliedMigration {
  int version = 0;
  std::string name;
  std::string checksum;
};

/// Turns migration files into migrations, refusing badly named or duplicate versions
/// (code `migration_invalid`).
std::vector<Migration> parse_migrations(const std::vector<MigrationFile>& files);

/// What must still be applied, in order, to bring a database with `applied` up to `known`.
///
/// Migrations are forward-only, so anything else is refused before a statement runs:
/// `migration_edited` (an applied file has changed), `migration_unknown` (the database is newer
/// than this program) and `migration_out_of_order` (a new file sorts before one already applied).
std::vector<Migration> pending_migrations(const std::vector<Migration>& known,
                                          const std::vector<AppliedMigration>& applied);

}  // namespace mienskip::store
