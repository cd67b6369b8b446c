#include "support/test_database.hpp"

#include <cstdlib>
#include <pqxx/pqxx>
#include <stdexcept>

namespace mienskip::test {

std::string test_cluster() {
  const char* conninfo = std::getenv("MIENSKIP_TEST_CONNINFO");
  if (!conninfo || !*conninfo) {
    throw std::runtime_error("MIENSKIP_TEST_CONNINFO is not set: run the tests through ctest");
  }
  return conninfo;
}

std::string fresh_database(const std::string& name, Schema schema) {
  // libpq lets a later keyword override an earlier one, so a database name can be appended.
  pqxx::connection admin(test_cluster() + " dbname=postgres");
  pqxx::nontransaction tx(admin);
  const std::string quoted = tx.quote_name(name);
  tx.exec0("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
  tx.exec0("CREATE DATABASE " + quoted + " TEMPLATE " +
           (schema == Schema::migrated ? "mienskip_template" : "template0"));
  return test_cluster() + " dbname=" + name;
}

std::string as_service(const std::string& url) { return url + " user=" + service_role; }

long long query_number(const std::string& url, const std::string& sql) {
  pqxx::connection connection(url);
  pqxx::nontransaction tx(connection);
  return tx.exec1(sql)[0].as<long long>();
}

std::string query_text(const std::string& url, const std::string& sql) {
  pqxx::connection connection(url);
  pqxx::nontransaction tx(connection);
  return tx.exec1(sql)[0].as<std::string>();
}

std::string sql_refusal(pqxx::connection& connection, const std::string& sql) {
  try {
    pqxx::work work(connection);
    work.exec(sql);
    work.commit();
  } catch (const pqxx::sql_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace mienskip::test
