#pragma once

#include <string>
#include <vector>

namespace mienskip::store {

/// One file of server/migrations/ as it was when this binary was built.
struct MigrationFile {
  std::string file_name;
  std::string sql;
};

/// The migrations compiled into this binary (generated from server/migrations/*.sql), in file order.
const std::vector<MigrationFile>& embedded_migrations();

}  // namespace mienskip::store
