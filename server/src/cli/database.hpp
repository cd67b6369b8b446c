#pragma once

#include <memory>
#include <pqxx/connection>

#include "cli/arguments.hpp"

namespace mienskip::cli {

/// A connection to the database named by --database-url or DATABASE_URL. Throws Error
/// `invalid_configuration` when neither is given and `database_unavailable` when it cannot connect.
std::unique_ptr<pqxx::connection> connect_database(const Arguments& args);

}  // namespace mienskip::cli
