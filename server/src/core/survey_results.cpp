#include "core/survey_results.hpp"

#include "core/csv.hpp"

namespace mienskip {

WeighingResult weigh_survey_responses(const Survey& survey, const std::vector<ExportedResponse>& responses,
                                      const Margins& margins) {
  const auto respondents = parse_csv(responses_csv(survey, responses, CsvDialect::standard), "responses.csv");
  return weigh(prepare_sample(respondents, margins, SampleOptions{}), WeighingOptions{});
}

}  // namespace mienskip
