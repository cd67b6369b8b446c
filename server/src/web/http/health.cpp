#include "web/http/health.hpp"

#include <iostream>
#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "store/migrator.hpp"
#include "web/http/error_status.hpp"

namespace mienskip::web {

void add_health_routes(Router& router, store::ConnectionPool& database) {
  router.add("GET", "/healthz", [](const Request&) {
    return json_response(200, {{"status", "ok"}});
  });

  router.add("GET", "/readyz", [&database](const Request&) {
    store::MigrationStatus status;
    try {
      auto connection = database.acquire();
      status = store::migration_status(*connection, store::builtin_migrations());
    } catch (const Error& e) {
      return error_response(error_codes::not_ready, std::string("Not ready: ") + e.what());
    } catch (const std::exception& e) {
      std::cerr << "readiness check failed: " << e.what() << '\n';
      return error_response(error_codes::not_ready, "Not ready: the database did not answer.");
    }
    nlohmann::json body = {{"status", status.current() ? "ready" : "migrations_pending"},
                           {"migrations", {{"applied", status.applied},
                                           {"known", status.known},
                                           {"pending", status.pending}}}};
    if (!status.current()) {
      body["error"] = {{"code", error_codes::migrations_pending},
                       {"message", "The database needs `mienskip migrate` before serving."}};
    }
    return json_response(status.current() ? 200 : 503, body);
  });
}

}  // namespace mienskip::web
