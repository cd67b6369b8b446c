#include <cstdlib>
#include <iostream>
#include <pqxx/connection>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "core/error.hpp"
#include "store/audit_log.hpp"

namespace mienskip::cli {

int audit_command(const std::vector<std::string>& raw) {
  if (raw.empty() || raw[0] != "verify") throw Error("usage", "usage: mienskip audit verify [--database-url URL]");
  const auto args = parse_arguments({raw.begin() + 1, raw.end()}, {"database-url"});
  std::string url;
  if (auto flag = args.option("database-url")) {
    url = *flag;
  } else if (const char* env = std::getenv("DATABASE_URL")) {
    url = env;
  }
  if (url.empty()) throw Error("invalid_configuration", "no database given: set DATABASE_URL or pass --database-url");
  std::unique_ptr<pqxx::connection> connection;
  try {
    connection = std::make_unique<pqxx::connection>(url);
  } catch (const std::exception& e) {
    throw Error("database_unavailable", std::string("cannot connect to the database: ") + e.what());
  }
  const auto entries = store::read_audit_log(*connection);
  if (const auto broken = first_chain_break(entries)) {
    std::cout << "audit log BROKEN: " << *broken << '\n';
    return 1;
  }
  std::cout << "audit log intact: " << entries.size() << " entries";
  if (!entries.empty()) std::cout << ", last hash " << entries.back().entry_hash << " (publish it to fix this state)";
  std::cout << '\n';
  return 0;
}

}  // namespace mienskip::cli
