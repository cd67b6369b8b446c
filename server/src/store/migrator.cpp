#include "store/migrator.hpp"

#include <pqxx/pqxx>

namespace mienskip::store {

namespace {

// Any constant works as long as every Mienskip process uses the same one.
constexpr long long migration_lock_key = 0x4d69656e736b6970;  // "Mienskip"

std::vector<AppliedMigration> read_applied(pqxx::transaction_base& tx) {
  std::vector<AppliedMigration> applied;
  const auto exists = tx.exec1("SELECT to_regclass('schema_migrations') IS NOT NULL");
  if (!exists[0].as<bool>()) return applied;
  for (const auto& row : tx.exec("SELECT version, name, checksum FROM schema_migrations")) {
    applied.push_back({row[0].as<int>(), row[1].as<std::string>(), row[2].as<std::string>()});
  }
  return applied;
}

std::string label(const Migration& migration) {
  std::string number = std::to_string(migration.version);
  return std::string(4 - std::min<std::size_t>(4, number.size()), '0') + number + "_" +
         migration.name;
}

}  // namespace

std::vector<std::string> apply_migrations(pqxx::connection& connection,
                                          const std::vector<Migration>& known) {
  pqxx::work tx(connection, "migrate");
  tx.exec("SELECT pg_advisory_xact_lock(" + std::to_string(migration_lock_key) + ")");
  tx.exec0(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version integer PRIMARY KEY,"
      " name text NOT NULL,"
      " checksum text NOT NULL,"
      " applied_at timestamptz NOT NULL DEFAULT now())");

  std::vector<std::string> done;
  for (const auto& migration : pending_migrations(known, read_applied(tx))) {
    tx.exec0(migration.sql);
    tx.exec_params0("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                    migration.version, migration.name, migration.checksum);
    done.push_back(label(migration));
  }
  tx.commit();
  return done;
}

MigrationStatus migration_status(pqxx::connection& connection,
                                 const std::vector<Migration>& known) {
  pqxx::read_transaction tx(connection, "migration_status");
  const auto applied = read_applied(tx);
  MigrationStatus status;
  status.applied = applied.size();
  status.known = known.size();
  for (const auto& migration : pending_migrations(known, applied)) {
    status.pending.push_back(label(migration));
  }
  return status;
}

const std::vector<Migration>& builtin_migrations() {
  static const std::vector<Migration> migrations = parse_migrations(embedded_migrations());
  return migrations;
}

}  // namespace mienskip::store
