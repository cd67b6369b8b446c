#include "core/survey_results.hpp"

#include "core/csv.hpp"

namespace mienskip {

WeighingResult weigh_survey_responses(const Survey& survey, const std::vector<ExportedResponse>& responses,
                                      const Margins& margins, const SampleOptions& sample_options,
                                      const WeighingOptions& weighing_options) {
  const auto respondents = parse_csv(responses_csv(survey, responses, CsvDialect::standard), "responses.csv");
  return weigh(prepare_sample(respondents, margins, sample_options), weighing_options);
}

}  // namespace mienskip
