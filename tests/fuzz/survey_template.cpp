// A survey template (staff upload or edit a definition; survey-templates/*.json): JSON checked
// against the compiled-in schema and the rules a schema cannot say. The one refusal is Error
// invalid_template; a template accepted must give a survey the resident pages can show.
#include <set>

#include "core/base/error.hpp"
#include "core/survey/survey_definition.hpp"
#include "support.hpp"

using namespace mienskip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  SurveyDefinition definition;
  try {
    definition = read_survey_definition(std::string(fuzz::text_of(data, size)), "fuzz.json");
  } catch (const Error& e) {
    fuzz::require(e.code() == "invalid_template");
    return 0;
  }
  const Survey& survey = definition.survey;
  fuzz::require(survey.budget > 0 && !survey.scenarios.empty());
  std::set<std::string> ids;
  for (const auto& scenario : survey.scenarios) fuzz::require(ids.insert(scenario.id).second);
  for (const Language language : {Language::nl, Language::fy, Language::en}) {
    // The page and the API print this; dump throws for text that is not UTF-8.
    (void)public_survey_json(survey, language).dump();
  }
  return 0;
}
