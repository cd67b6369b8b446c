#include <cstdlib>
#include <iostream>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/database.hpp"
#include "core/base/error.hpp"
#include "store/migrator.hpp"
#include "store/service_role.hpp"

namespace mienskip::cli {

int migrate_command(const std::vector<std::string>& raw) {
  const auto args = parse_arguments(raw, {"database-url", "service-role"}, {"status"});
  const auto connection = connect_database(args);

  const auto& known = store::builtin_migrations();
  if (args.has("status")) {
    const auto status = store::migration_status(*connection, known);
    std::cout << status.applied << " of " << status.known << " migrations applied\n";
    for (const auto& name : status.pending) std::cout << "pending: " << name << '\n';
    return status.current() ? 0 : 3;
  }
  const auto applied = store::apply_migrations(*connection, known);
  for (const auto& name : applied) std::cout << "applied " << name << '\n';
  std::cout << (applied.empty() ? "database is up to date" : "migrations complete") << " ("
            << known.size() << " migrations)\n";
  // Every time, so that tables from new migrations are granted too.
  const char* env_role = std::getenv("MIENSKIP_SERVICE_ROLE");
  const std::string role = args.option("service-role").value_or(env_role && *env_role ? env_role : store::default_service_role);
  store::grant_service_role(*connection, role);
  std::cout << "service role " << role << ": may read and write the tables, and only append to the audit log\n";
  return 0;
}

}  // namespace mienskip::cli
