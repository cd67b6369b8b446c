#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "support/http_client.hpp"

namespace mienskip::test {

/// The survey the results tests weigh, and the staff who look at its results.
inline const std::string results_slug = "energie";
inline const std::string results_admin_email = "griffie@sudwestfryslan.nl";
inline const std::string results_admin_password = "een lange zin als wachtwoord";
inline const std::string results_analyst_email = "analist@sudwestfryslan.nl";
inline const std::string results_analyst_password = "nog een lange zin voor analyse";
inline const std::vector<std::string> energy_scenarios = {"gemeente-leidt",      "inwoners-zelf", "markt-bepaalt",
                                                          "grootschalige-opwek", "opslag",        "energieleverancier"};
inline constexpr int results_response_count = 72;

/// A fresh database with the Súdwest-Fryslân survey `energie` and 72 responses (the first 24
/// cover every category, the rest drawn with the fully specified minstd_rand; a few decline their
/// age), an admin and an analyst. No margins yet.
struct ResultsDatabase {
  std::string url;
  explicit ResultsDatabase(const std::string& name);
};

/// A staff session: its cookie and CSRF token.
struct Login {
  std::string cookie;
  std::string csrf;
};

/// Logs in through POST /api/session; fails the test when that is refused.
Login log_in(std::uint16_t port, const std::string& email, const std::string& password);

/// GET `path` as `who` (no session when empty).
Reply get_as(std::uint16_t port, const std::optional<Login>& who, const std::string& path, int timeout_seconds = 20);

/// PUT /api/admin/surveys/energie/margins with `csv` as `who`, with the CSRF token unless told not to.
Reply put_margins(std::uint16_t port, const std::optional<Login>& who, const std::string& csv, bool with_csrf = true,
                  const std::string& content_type = "text/csv; charset=utf-8");

/// The `code` of an error reply.
std::string error_code(const Reply& reply);

}  // namespace mienskip::test
