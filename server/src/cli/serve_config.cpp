#include "cli/serve_config.hpp"

#include <cmath>

#include "core/base/error.hpp"

namespace mienskip::cli {

namespace {

struct Setting {
  std::string text;
  std::string origin;  // "--port" or "MIENSKIP_PORT", for error messages
};

std::optional<Setting> lookup(const Arguments& args, const Environment& environment,
                              const std::string& flag, const std::string& variable) {
  if (auto value = args.option(flag)) return Setting{*value, "--" + flag};
  if (auto value = environment(variable)) return Setting{*value, variable};
  return std::nullopt;
}

long long whole_number(const Setting& setting, long long min, long long max) {
  return parse_whole_number(setting.text, min, max, setting.origin, "invalid_configuration");
}

std::chrono::milliseconds seconds(const Setting& setting, double min, double max) {
  const double value = parse_decimal(setting.text, min, max, setting.origin + " (seconds)", "invalid_configuration");
  return std::chrono::milliseconds(static_cast<long long>(std::llround(value * 1000)));
}

}  // namespace

const std::set<std::string>& serve_options() {
  static const std::set<std::string> options = {
      "port",           "bind",         "database-url",    "threads",       "queue",
      "max-body-bytes", "request-timeout", "keep-alive", "drain-timeout", "db-pool-size", "static-dir", "admin-dir",
      "templates-dir", "chromium", "max-upload-bytes", "upload-timeout", "trusted-proxy",
      "max-concurrent-uploads", "public-url", "commitment-wait", "two-factor"};
  return options;
}

const std::set<std::string>& serve_switches() {
  static const std::set<std::string> switches = {"allow-owner-role"};
  return switches;
}

namespace {

// The HTTP server's own settings: where it listens, its threads, limits and timeouts.
void read_server_settings(const Arguments& args, const Environment& environment, ServeConfig& config) {
  auto& server = config.server;
  if (auto s = lookup(args, environment, "port", "MIENSKIP_PORT")) {
    server.port = static_cast<std::uint16_t>(whole_number(*s, 0, 65535));
  }
  if (auto s = lookup(args, environment, "bind", "MIENSKIP_BIND")) {
    if (s->text.empty()) throw Error(error_codes::invalid_configuration, s->origin + " is empty");
    server.bind_address = s->text;
  }
  if (auto s = lookup(args, environment, "threads", "MIENSKIP_THREADS")) {
    server.threads = static_cast<std::size_t>(whole_number(*s, 1, 1024));
  }
  if (auto s = lookup(args, environment, "queue", "MIENSKIP_QUEUE")) {
    server.max_queued = static_cast<std::size_t>(whole_number(*s, 1, 100000));
  }
  if (auto s = lookup(args, environment, "max-body-bytes", "MIENSKIP_MAX_BODY_BYTES")) {
    server.max_body_bytes = static_cast<std::size_t>(whole_number(*s, 1, 1LL << 32));
  }
  if (auto s = lookup(args, environment, "max-upload-bytes", "MIENSKIP_MAX_UPLOAD_BYTES")) {
    server.max_upload_bytes = static_cast<std::size_t>(whole_number(*s, 1, 1LL << 40));
  }
  if (auto s = lookup(args, environment, "upload-timeout", "MIENSKIP_UPLOAD_TIMEOUT")) {
    server.upload_timeout = seconds(*s, 1, 86400);
  }
  if (auto s = lookup(args, environment, "max-concurrent-uploads", "MIENSKIP_MAX_CONCURRENT_UPLOADS")) {
    server.max_concurrent_uploads = static_cast<std::size_t>(whole_number(*s, 1, 64));
  }
  if (auto s = lookup(args, environment, "trusted-proxy", "MIENSKIP_TRUSTED_PROXY")) {
    server.trusted_proxies = web::TrustedProxies(s->text, s->origin);
  }
  if (auto s = lookup(args, environment, "request-timeout", "MIENSKIP_REQUEST_TIMEOUT")) {
    server.request_timeout = seconds(*s, 0.1, 3600);
  }
  if (auto s = lookup(args, environment, "keep-alive", "MIENSKIP_KEEP_ALIVE")) {
    server.keep_alive = seconds(*s, 0.1, 3600);
  }
}

// What the service uses besides the server: the folders it serves, chromium, its public address.
void read_service_settings(const Arguments& args, const Environment& environment, ServeConfig& config) {
  if (auto s = lookup(args, environment, "drain-timeout", "MIENSKIP_DRAIN_TIMEOUT")) {
    config.drain_timeout = seconds(*s, 0, 3600);
  }
  config.database_pool_size = config.server.threads;
  if (auto s = lookup(args, environment, "db-pool-size", "MIENSKIP_DB_POOL_SIZE")) {
    config.database_pool_size = static_cast<std::size_t>(whole_number(*s, 1, 1000));
  }
  if (auto s = lookup(args, environment, "static-dir", "MIENSKIP_STATIC_DIR")) config.static_dir = s->text;
  if (auto s = lookup(args, environment, "admin-dir", "MIENSKIP_ADMIN_DIR")) config.admin_dir = s->text;
  if (auto s = lookup(args, environment, "templates-dir", "MIENSKIP_TEMPLATES_DIR")) config.templates_dir = s->text;
  if (auto s = lookup(args, environment, "chromium", "MIENSKIP_CHROMIUM")) {
    if (s->text.empty()) throw Error(error_codes::invalid_configuration, s->origin + " is empty");
    config.chromium = s->text;
  }
  if (auto s = lookup(args, environment, "public-url", "MIENSKIP_PUBLIC_URL")) {
    config.public_url = validated_public_url(s->text, s->origin);
  }
  if (auto s = lookup(args, environment, "commitment-wait", "MIENSKIP_COMMITMENT_WAIT")) {
    config.commitment_wait = std::chrono::seconds(whole_number(*s, 0, 90LL * 86400));
  }
  if (auto s = lookup(args, environment, "two-factor", "MIENSKIP_TWO_FACTOR")) {
    if (s->text == "admins") config.two_factor = app::TwoFactorRule::admins;
    else if (s->text == "staff") config.two_factor = app::TwoFactorRule::staff;
    else if (s->text == "optional") config.two_factor = app::TwoFactorRule::optional;
    else throw Error(error_codes::invalid_configuration, s->origin + " must be admins, staff or optional");
  }
}

}  // namespace

ServeConfig serve_config(const Arguments& args, const Environment& environment) {
  ServeConfig config;
  read_server_settings(args, environment, config);
  read_service_settings(args, environment, config);
  auto url = lookup(args, environment, "database-url", "DATABASE_URL");
  if (!url || url->text.empty()) {
    throw Error(error_codes::invalid_configuration,
                "no database given: set DATABASE_URL or pass --database-url "
                "(deploy/db.sh url prints the one of the private local database)");
  }
  config.database_url = url->text;
  config.allow_owner_role = args.has("allow-owner-role") || environment("MIENSKIP_ALLOW_OWNER_ROLE") == "1";

  if (auto secret = environment("MIENSKIP_SECRET")) {
    config.secret = validated_secret(*secret, "MIENSKIP_SECRET");
  } else if (auto file = environment("MIENSKIP_SECRET_FILE")) {
    config.secret_file = *file;
  } else {
    throw Error(error_codes::invalid_configuration,
                "no server secret: set MIENSKIP_SECRET or MIENSKIP_SECRET_FILE "
                "(for example: openssl rand -hex 32 > secret; MIENSKIP_SECRET_FILE=secret)");
  }
  return config;
}

std::string validated_secret(const std::string& secret, const std::string& origin) {
  std::string trimmed = secret;
  while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == '\r' ||
                              trimmed.back() == ' ')) {
    trimmed.pop_back();
  }
  if (trimmed.size() < 32) {
    throw Error(error_codes::invalid_configuration,
                origin + " must hold at least 32 characters (openssl rand -hex 32 makes one)");
  }
  return trimmed;
}

std::string validated_public_url(const std::string& url, const std::string& origin) {
  const auto refuse = [&](const std::string& why) {
    throw Error(error_codes::invalid_configuration, origin + " must be the address residents type to reach this service, " +
                                             "such as https://burgerforum.gemeente.nl: " + why);
  };
  std::string text = url;
  while (!text.empty() && text.back() == '/') text.pop_back();
  const auto scheme_end = text.find("://");
  if (scheme_end == std::string::npos || (text.substr(0, scheme_end) != "https" && text.substr(0, scheme_end) != "http")) {
    refuse("it does not start with https://");
  }
  const auto host = text.substr(scheme_end + 3, text.find('/', scheme_end + 3) - (scheme_end + 3));
  if (host.empty()) refuse("it names no host");
  for (const char c : text) {
    if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f || c == '?' || c == '#' || c == '"' || c == '<' || c == '>') {
      refuse("it holds a space, a control character, ?, #, a quote or < >");
    }
  }
  return text;
}

}  // namespace mienskip::cli
