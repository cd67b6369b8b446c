#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/survey/survey_results.hpp"

namespace mienskip {

/// How a survey's results are weighted when no one asks for other options: what an admin saved
/// for the survey (issue 7). Each part left out takes the default of results_options.
struct WeightingSettings {
  std::optional<std::vector<std::string>> variables;  // none: every variable of the margins
  std::optional<WeightBounds> bounds;                 // none: plain raking
  std::optional<std::string> by;                      // none: the view's own breakdown
};

/// Reads {"variables": [NAME, ...] | null, "bounds": [LOWER, UPPER] | null, "by": QUESTION | null}
/// (all three required; `updated_at` and `updated_by`, which GET adds, are ignored), checked with
/// the rules and messages of results_options, so the settings and the results' query options
/// accept the same things. Throws Error `invalid_option` naming the field.
WeightingSettings read_weighting_settings(const nlohmann::json& body, const Survey& survey, const Margins& margins);

/// The settings as read_weighting_settings reads them, variables spelt out (every margin variable
/// when none were chosen).
nlohmann::json weighting_settings_json(const WeightingSettings& settings, const Margins& margins);

/// The results options: each option the query gives, else the stored setting, else the default.
/// A stored setting the margins or the survey no longer allow (margins uploaded without a chosen
/// variable, say) throws Error `weighting_settings_stale`; query options throw as results_options.
ResultsOptions results_options(const Survey& survey, const Margins& margins, const WeightingSettings& stored,
                               const ResultsQuery& query);

}  // namespace mienskip
