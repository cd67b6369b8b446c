#pragma once

#include <pqxx/connection>
#include <string>
#include <vector>

#include "store/migration_plan.hpp"

namespace mienskip::store {

/// How far a database is from the migrations this program carries.
struct MigrationStatus {
  std::size_t applied = 0;
  std::size_t known = 0;
  std::vector<std::string> pending;  // "0002_add_surveys", in order
  bool current() const { return pending.empty(); }
};

/// Applies every pending migration in one transaction under an advisory lock, so that two
/// processes migrating at once cannot interleave and a failing migration leaves nothing behind.
/// Returns the names of the migrations applied (empty when the database was current).
std::vector<std::string> apply_migrations(pqxx::connection& connection,
                                          const std::vector<Migration>& known);

/// Reads the database's migration state without changing anything. Throws the same errors as
/// `pending_migrations` when the database and this program disagree.
MigrationStatus migration_status(pqxx::connection& connection, const std::vector<Migration>& known);

/// The migrations compiled into this binary.
const std::vector<Migration>& builtin_migrations();

}  // namespace mienskip::store
