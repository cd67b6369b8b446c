#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/serve_config.hpp"
#include "core/base/error.hpp"
#include "store/connection_pool.hpp"
#include "store/migrator.hpp"
#include "store/service_role.hpp"
#include "web/http/http_server.hpp"
#include "web/service.hpp"

namespace mienskip::cli {

namespace {

std::optional<std::string> process_environment(const std::string& name) {
  const char* value = std::getenv(name.c_str());
  if (!value) return std::nullopt;
  return std::string(value);
}

std::string read_secret_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(error_codes::invalid_configuration, "cannot read the secret file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return validated_secret(text.str(), "the secret file " + path);
}

// Says at start-up whether the database is usable; serving goes on either way, /readyz tells.
void report_database(store::ConnectionPool& database) {
  try {
    auto connection = database.acquire();
    const auto status = store::migration_status(*connection, store::builtin_migrations());
    if (!status.current()) {
      std::cerr << "mienskip: the database needs `mienskip migrate` (" << status.pending.size()
                << " pending); /readyz answers 503 until then\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "mienskip: database not usable yet: " << e.what() << '\n';
  }
}

// A service that could delete or rewrite the audit log would make it worthless as evidence, so
// such a role is refused before anything is served. When the database does not answer yet, the
// check waits for the next start; /readyz reports the database meanwhile.
void refuse_owner_role(store::ConnectionPool& database, bool allowed) {
  bool can_rewrite = false;
  try {
    auto connection = database.acquire();
    can_rewrite = store::can_rewrite_audit_log(*connection);
  } catch (const std::exception&) {
    return;
  }
  if (!can_rewrite) return;
  if (!allowed) {
    throw Error(error_codes::invalid_configuration,
                "the database role in DATABASE_URL can delete or rewrite the audit log (it owns the tables or is a "
                "superuser): serve as the service role that mienskip migrate grants (deploy/db.sh service-url, "
                "docs/operations.md), or pass --allow-owner-role for development");
  }
  std::cerr << "mienskip: warning: serving as a role that can rewrite the audit log (--allow-owner-role)\n";
}

}  // namespace

int serve_command(const std::vector<std::string>& raw) {
  const auto config = serve_config(parse_arguments(raw, serve_options(), serve_switches()), process_environment);
  const std::string secret =
      config.secret.empty() ? read_secret_file(config.secret_file) : config.secret;

  // Block the stop signals in every thread (threads inherit the mask) so that only sigwait below
  // receives them and the server can stop in order.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  store::ConnectionPool database(config.database_url, config.database_pool_size,
                                 std::chrono::seconds(5));
  refuse_owner_role(database, config.allow_owner_role);
  const web::Service service(database,
                             {secret, config.static_dir, config.admin_dir, config.templates_dir, config.chromium,
                              config.public_url, config.commitment_wait, config.two_factor},
                             std::cerr);
  if (config.two_factor == app::TwoFactorRule::optional) {
    std::cerr << "mienskip: two-factor sign-in is optional (--two-factor optional): for tests and demos only, "
                 "never where personal data are\n";
  }

  web::HttpServer server(service.router(), config.server, std::cout, std::cerr);
  server.start();
  std::cout << "mienskip: listening on http://" << config.server.bind_address << ":"
            << server.port() << "/" << std::endl;
  report_database(database);

  int received = 0;
  sigwait(&stop_signals, &received);
  std::cout << "mienskip: " << (received == SIGTERM ? "SIGTERM" : "SIGINT")
            << " received, finishing requests in flight" << std::endl;
  const bool drained = server.stop(config.drain_timeout);
  std::cout << "mienskip: stopped" << (drained ? "" : " (requests still running were aborted)")
            << std::endl;
  return 0;
}

}  // namespace mienskip::cli
