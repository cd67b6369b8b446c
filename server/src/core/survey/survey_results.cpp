#include "core/survey/survey_results.hpp"

#include <string_view>
#include <unordered_map>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/weighting/weighting_options.hpp"

namespace mienskip {

ResultsOptions results_options(const Survey& survey, const Margins& margins, const ResultsQuery& query) {
  const std::string code = "invalid_option";
  ResultsOptions options;
  if (query.variables) {
    options.sample.variables = parse_weighting_variables(*query.variables, margins, "variables", code);
  }
  // Given empty, bounds and by mean "none": a request can undo a saved setting (core/weighting/weighting_settings).
  if (query.bounds && !query.bounds->empty()) {
    const auto comma = query.bounds->find(',');
    if (comma == std::string::npos || query.bounds->find(',', comma + 1) != std::string::npos) {
      throw Error(code, "bounds takes two numbers, lower,upper, as multiples of the mean weight (such as 0.3,3), not '" +
                            *query.bounds + "'");
    }
    options.weighing.bounds = parse_weight_bounds(query.bounds->substr(0, comma), query.bounds->substr(comma + 1),
                                                  "the lower bound", "the upper bound", code);
  }
  if (query.by && !query.by->empty()) {
    if (!survey.question(*query.by)) {
      std::string questions;
      for (const auto& q : survey.demographics) questions += (questions.empty() ? "" : ", ") + q.id;
      throw Error(code, "by: '" + *query.by + "' is not a question of this survey (" +
                            (questions.empty() ? "it asks none" : questions) + ")");
    }
    options.sample.by = *query.by;
  }
  return options;
}

WeighingResult weigh_survey_responses(const Survey& survey, const std::vector<ExportedResponse>& responses,
                                      const Margins& margins, const ResultsOptions& options) {
  // The table the export file reads back as, without its text (responses_table).
  return weigh_survey_respondents(responses_table(survey, responses, "responses.csv"), margins, options);
}

WeighingResult weigh_survey_respondents(const CsvTable& respondents, const Margins& margins,
                                        const ResultsOptions& options) {
  return weigh(prepare_sample(respondents, margins, options.sample), options.weighing);
}

ExportWeighting export_weighting(const Survey& survey, const std::vector<ExportedResponse>& responses,
                                 const Margins& margins, const ResultsOptions& options) {
  return export_weighting(responses, weigh_survey_responses(survey, responses, margins, options));
}

ExportWeighting export_weighting(const std::vector<ExportedResponse>& responses, const WeighingResult& result) {
  const auto& sample = result.sample;
  const double counted = static_cast<double>(sample.ids.size());
  const double total = sample.population_total.value_or(counted);
  std::unordered_map<std::string_view, double> by_id;
  by_id.reserve(sample.ids.size());
  for (std::size_t i = 0; i < sample.ids.size(); ++i) by_id.emplace(sample.ids[i], result.weights[i] * total / counted);
  ExportWeighting weighting;
  weighting.weights.reserve(responses.size());
  for (const auto& response : responses) {
    const auto found = by_id.find(response.public_id);
    weighting.weights.push_back(found == by_id.end() ? 0.0 : found->second);
  }
  // Each variable's counts on the one total the weighting used (shares become counts of it).
  for (const auto& margin : sample.margins) {
    double sum = 0;
    for (const double p : margin.population) sum += p;
    ExportCalibration::Target target{margin.variable, margin.categories, {}};
    // total / sum is exactly 1 when the counts already add up to the total: they stay as uploaded.
    for (const double p : margin.population) target.population.push_back(p * (total / sum));
    weighting.calibration.variables.push_back(std::move(target));
  }
  if (const auto& bounds = result.options.bounds) weighting.calibration.bounds = {{bounds->lower, bounds->upper}};
  return weighting;
}

}  // namespace mienskip
