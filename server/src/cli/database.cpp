#include "cli/database.hpp"

#include <cstdlib>

#include "core/base/error.hpp"

namespace mienskip::cli {

std::unique_ptr<pqxx::connection> connect_database(const Arguments& args) {
  std::string url;
  if (auto flag = args.option("database-url")) {
    url = *flag;
  } else if (const char* env = std::getenv("DATABASE_URL")) {
    url = env;
  }
  if (url.empty()) {
    throw Error(error_codes::invalid_configuration, "no database given: set DATABASE_URL or pass --database-url");
  }
  try {
    return std::make_unique<pqxx::connection>(url);
  } catch (const std::exception& e) {
    throw Error(error_codes::database_unavailable, std::string("cannot connect to the database: ") + e.what());
  }
}

}  // namespace mienskip::cli
