#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "app/two_factor.hpp"
#include "cli/arguments.hpp"
#include "web/http/http_server.hpp"

namespace mienskip::cli {

/// Everything `mienskip serve` needs, from flags first and the environment second.
struct ServeConfig {
  web::ServerSettings server;
  std::string database_url;
  std::size_t database_pool_size = 16;
  std::chrono::milliseconds drain_timeout{30000};
  std::string secret;       // from MIENSKIP_SECRET, or
  std::string secret_file;  // a file holding it (MIENSKIP_SECRET_FILE), read when serving starts
  // The resident pages' stylesheets (server/static with its npm packages installed).
  std::string static_dir = MIENSKIP_DEFAULT_STATIC_DIR;
  // The built staff app (admin-ui/dist).
  std::string admin_dir = MIENSKIP_DEFAULT_ADMIN_DIR;
  // The survey templates staff create surveys from (survey-templates/, beside schema.json).
  std::string templates_dir = MIENSKIP_DEFAULT_TEMPLATES_DIR;
  // Debian's chromium, which prints the council report as PDF.
  std::string chromium = "/usr/bin/chromium";
  // Where residents reach the service (--public-url, MIENSKIP_PUBLIC_URL), printed on the letters
  // without a trailing slash; empty: the letters take the Host header of staff's request.
  std::string public_url;
  // How long a commitment to an invitation draw is public before its seed may be entered
  // (--commitment-wait, MIENSKIP_COMMITMENT_WAIT, seconds): a day, so that anyone can see and
  // keep it before a seed could be known (issue 18; deploy/run.sh's demo waits a minute).
  std::chrono::seconds commitment_wait{86400};
  // Serve even as a role that could rewrite the audit log (development, or a hosting party that
  // gives one role only); otherwise such a role is refused at start (docs/operations.md).
  bool allow_owner_role = false;
  // Who must sign in with a code from an authenticator app as well (--two-factor,
  // MIENSKIP_TWO_FACTOR): `admins` (the default), `staff` (every account) or `optional` (nobody
  // must; for tests and demos only, and said so at start).
  app::TwoFactorRule two_factor = app::TwoFactorRule::admins;
};

using Environment = std::function<std::optional<std::string>(const std::string&)>;

/// The options `mienskip serve` accepts.
const std::set<std::string>& serve_options();

/// The options of `mienskip serve` that take no value.
const std::set<std::string>& serve_switches();

/// Builds the configuration; throws Error `invalid_configuration` naming the flag or variable that
/// is missing or wrong.
ServeConfig serve_config(const Arguments& args, const Environment& environment);

/// The server secret (for invitation codes and sessions): at least 32 characters, so that keyed
/// hashes of codes cannot be guessed offline. `origin` names its source in the error message.
std::string validated_secret(const std::string& secret, const std::string& origin);

/// The public address as printed on letters: an http(s) address with a host and no spaces, query
/// or fragment, without trailing slashes. Throws `invalid_configuration` naming `origin`.
std::string validated_public_url(const std::string& url, const std::string& origin);

}  // namespace mienskip::cli
