#pragma once

#include <optional>
#include <pqxx/connection>
#include <string>
#include <vector>

#include "core/survey/response_export.hpp"
#include "store/margins.hpp"
#include "store/surveys.hpp"
#include "store/weighting_settings.hpp"

namespace mienskip::store {

/// What weighting a survey's results takes: the survey, its margins, its responses so far and the
/// weighting settings saved for it (the defaults when none were saved).
struct SurveyResultsInput {
  StoredSurvey survey;
  StoredMargins margins;
  std::vector<ExportedResponse> responses;
  WeightingSettings weighting;
  std::optional<long long> invited;  // invited_count: the codes issued, when residents needed one
};

/// What a survey's results are weighed to and with: its margins and saved weighting settings.
struct SurveyResultsSettings {
  StoredMargins margins;
  WeightingSettings weighting;
  std::optional<long long> invited;  // invited_count: the codes issued, when residents needed one
};

/// Throws Error `no_margins` before margins were uploaded (also for an unknown survey): results are
/// only reported weighted. The results API takes the responses from its ResponseTableCache.
SurveyResultsSettings survey_results_settings(pqxx::connection& connection, const std::string& slug);

/// The input every staff view of a survey's results weighs (the results API, the council report,
/// `mienskip survey report`), for weigh_survey_responses. Throws Error `not_found` for an unknown
/// survey and `no_margins` before margins were uploaded: results are only reported weighted.
SurveyResultsInput survey_results_input(pqxx::connection& connection, const std::string& slug);

/// The weighting an export carries (export_weighting with the saved weighting settings, as the
/// results use them): the `weight` column and the R script's calibrated_design(). Nothing before
/// margins were uploaded or when the responses cannot be weighed yet (too few, say; the results
/// view says why): the column stays empty then. `mienskip survey export` and the staff API's
/// download both take it from here.
std::optional<ExportWeighting> export_weighting(pqxx::connection& connection, const std::string& slug,
                                                const Survey& survey, const std::vector<ExportedResponse>& responses);

}  // namespace mienskip::store
