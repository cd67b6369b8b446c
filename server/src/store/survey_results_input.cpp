#include "store/survey_results_input.hpp"

#include "core/base/error.hpp"
#include "core/survey/survey_results.hpp"
#include "core/weighting/weighting_settings.hpp"

namespace mienskip::store {

SurveyResultsSettings survey_results_settings(pqxx::connection& connection, const std::string& slug) {
  auto margins = find_margins(connection, slug);
  if (!margins) {
    throw Error(error_codes::no_margins,
                "Upload the population margins of survey '" + slug + "' first: results are only reported weighted.");
  }
  auto weighting = find_weighting_settings(connection, slug);
  return {std::move(*margins), weighting ? std::move(weighting->settings) : WeightingSettings{},
          invited_count(connection, slug)};
}

SurveyResultsInput survey_results_input(pqxx::connection& connection, const std::string& slug) {
  // The margins first: without them nothing is weighed, so the responses need not be read.
  auto settings = survey_results_settings(connection, slug);
  // The definition and the responses from one snapshot, as the export file has them.
  auto exported = survey_export(connection, slug);
  return {std::move(exported.survey), std::move(settings.margins), std::move(exported.responses),
          std::move(settings.weighting), settings.invited};
}

std::optional<ExportWeighting> export_weighting(pqxx::connection& connection, const std::string& slug,
                                                const Survey& survey, const std::vector<ExportedResponse>& responses) {
  auto margins = find_margins(connection, slug);
  if (!margins || responses.empty()) return std::nullopt;
  auto weighting = find_weighting_settings(connection, slug);
  try {
    const auto options =
        results_options(survey, margins->margins, weighting ? weighting->settings : WeightingSettings{}, ResultsQuery{});
    return mienskip::export_weighting(survey, responses, margins->margins, options);
  } catch (const Error&) {
    return std::nullopt;  // not weighable yet: the results view names the reason
  }
}

}  // namespace mienskip::store
