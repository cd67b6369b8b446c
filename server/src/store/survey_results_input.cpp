#include "store/survey_results_input.hpp"

#include "core/error.hpp"

namespace mienskip::store {

SurveyResultsInput survey_results_input(pqxx::connection& connection, const std::string& slug) {
  auto survey = find_survey(connection, slug);
  if (!survey) throw Error("not_found", "There is no survey '" + slug + "'.");
  auto margins = find_margins(connection, slug);
  if (!margins) {
    throw Error("no_margins",
                "Upload the population margins of survey '" + slug + "' first: results are only reported weighted.");
  }
  return {std::move(*survey), std::move(*margins), responses_for_export(connection, slug)};
}

}  // namespace mienskip::store
