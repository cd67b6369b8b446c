#include "support/energy_survey.hpp"

#include <nlohmann/json.hpp>

#include "core/base/csv.hpp"
#include "support/reference_data.hpp"

namespace mienskip::test {

const Survey& energy_survey() {
  static const Survey survey =
      survey_from_template(survey_template_json("schema.json"), survey_template_json("sudwest-fryslan-energiestrategie.json"));
  return survey;
}

const Margins& shipped_margins() {
  static const Margins margins =
      parse_margins(parse_csv(read_test_data("weighting/sudwest-fryslan-margins.csv"), "margins.csv"));
  return margins;
}

}  // namespace mienskip::test
