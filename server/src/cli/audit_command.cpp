#include <cstdlib>
#include <iostream>
#include <pqxx/connection>

#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "cli/database.hpp"
#include "core/base/error.hpp"
#include "store/audit_log.hpp"

namespace mienskip::cli {

int audit_command(const std::vector<std::string>& raw) {
  if (raw.empty() || raw[0] != "verify") throw Error(error_codes::usage, "usage: mienskip audit verify [--database-url URL]");
  const auto args = parse_arguments({raw.begin() + 1, raw.end()}, {"database-url"});
  const auto connection = connect_database(args);
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
