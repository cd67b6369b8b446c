#pragma once

#include <pqxx/connection>
#include <string>

namespace mienskip::test {

enum class Schema { migrated, empty };

/// A new database in the private test cluster for one test file, dropped first if a previous run
/// left it behind. `migrated` clones the template built by the postgres_setup fixture; `empty` has
/// no tables at all. Returns its libpq connection string.
std::string fresh_database(const std::string& name, Schema schema = Schema::migrated);

/// The role `mienskip serve` runs as (deploy/db.sh creates it; `mienskip migrate` grants it its
/// rights), and the same connection string logged in as that role instead of the schema's owner.
inline constexpr const char* service_role = "mienskip_service";
std::string as_service(const std::string& url);

/// Connection string of the test cluster without a database name (from MIENSKIP_TEST_CONNINFO).
std::string test_cluster();

/// What the database says when `sql` runs on `connection` in a transaction of its own: the error's
/// text, or "" when it was accepted (and committed). For tests of what a role may not do.
std::string sql_refusal(pqxx::connection& connection, const std::string& sql);

/// The one value `sql` selects in the database at `url`, as a number and as text.
long long query_number(const std::string& url, const std::string& sql);
std::string query_text(const std::string& url, const std::string& sql);

}  // namespace mienskip::test
