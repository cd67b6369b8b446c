#include "app/survey_results.hpp"

#include <optional>

#include "store/survey_results_input.hpp"

namespace mienskip::app {

WeighedSurvey weigh_survey(pqxx::connection& connection, store::ResponseTableCache& responses, const std::string& slug,
                           const ResultsQuery& query) {
  const auto settings = store::survey_results_settings(connection, slug);
  std::optional<WeighingResult> result;
  WeightingLabels labels;
  responses.view(connection, slug, [&](const Survey& survey, const CsvTable& respondents) {
    auto options = results_options(survey, settings.margins.margins, settings.weighting, query);
    options.weighing.invited = settings.invited;
    result = weigh_survey_respondents(respondents, settings.margins.margins, options);
    labels = weighting_labels(survey);
  });
  auto words = representativeness_words(*result, labels);
  return {std::move(*result), std::move(words)};
}

}  // namespace mienskip::app
