#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "support/http_client.hpp"
#include "support/staff_session.hpp"

namespace mienskip::test {

/// The survey the results tests weigh, and the staff who look at its results.
inline const std::string results_slug = "energie";
inline const std::vector<std::string> energy_scenarios = {"gemeente-leidt",      "inwoners-zelf", "markt-bepaalt",
                                                          "grootschalige-opwek", "opslag",        "energieleverancier"};
/// The answers to the template's demographic questions that the test responses use.
inline const std::vector<std::string> energy_ages = {"16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-plus"};
inline const std::vector<std::string> energy_genders = {"man", "vrouw", "anders"};
inline const std::vector<std::string> energy_educations = {"laag", "middelbaar", "hoog"};
inline const std::vector<std::string> energy_areas = {"snits",       "boalsert", "warkum-makkum", "drylts-heeg",
                                                      "wymbritseradiel", "wunseradiel", "nijefurd", "littenseradiel"};
inline constexpr int results_response_count = 72;

/// A fresh database with the Súdwest-Fryslân survey `energie` and 72 responses (the first 24
/// cover every category, the rest drawn with the fully specified minstd_rand; a few decline their
/// age), the staff of support/staff_session. No margins yet.
struct ResultsDatabase {
  std::string url;
  explicit ResultsDatabase(const std::string& name);
};

/// GET `path` as `who` (no session when empty).
Reply get_as(std::uint16_t port, const std::optional<Login>& who, const std::string& path, int timeout_seconds = 20);

/// PUT /api/admin/surveys/energie/margins with `csv` as `who`, with the CSRF token unless told not to.
Reply put_margins(std::uint16_t port, const std::optional<Login>& who, const std::string& csv, bool with_csrf = true,
                  const std::string& content_type = "text/csv; charset=utf-8");

/// What the analysts' two commands give for survey `slug`: `mienskip survey export`, then
/// `mienskip weigh --respondents EXPORT --margins MARGINS WEIGH_ARGS... --format json`, with
/// `--invited` the codes issued when the survey needs one, as the server weighs it.
nlohmann::json weigh_export(const std::string& database_url, const std::string& slug, const std::string& margins_path,
                            const std::vector<std::string>& weigh_args = {});

/// The results API's report is weigh's (numbers within 1e-9) without its per-respondent `weights`,
/// plus the representativeness sentences in Dutch and English.
void expect_results_equal_weigh(const nlohmann::json& api, const nlohmann::json& weigh);

/// Issue 19: the export reproduces the results. The read_export.R downloaded from `base`, run by R
/// on the downloaded responses.csv, rebuilds the weighting with survey::calibrate and gives every
/// scenario's weighted mean and standard error as `results` (the results API's answer for the
/// saved settings) does, to 1e-8; the weight column is on the population scale, so it adds up to
/// the population total.
void expect_exported_r_script_gives_the_results(std::uint16_t port, const Login& analyst, const std::string& base,
                                                const nlohmann::json& results);

}  // namespace mienskip::test
