// A resident's JSON response as the survey API reads it: the body parsed within the JSON limits,
// turned into a draft and checked against the Súdwest-Fryslân survey (in Dutch, Frisian or English).
// Refusals are Errors (invalid_json, json_too_deep, json_too_large) or field errors; a response
// the check accepts must be one the database can store.
#include <numeric>

#include "core/base/bounded_json.hpp"
#include "core/base/error.hpp"
#include "core/survey/survey_definition.hpp"
#include "core/survey/survey_response.hpp"
#include "support.hpp"

using namespace mienskip;

namespace {

const Survey& energy_survey() {
  static const Survey survey =
      read_survey_definition(fuzz::source_file("survey-templates/sudwest-fryslan-energiestrategie.json"),
                             "sudwest-fryslan-energiestrategie.json")
          .survey;
  return survey;
}

void check_valid(const Survey& survey, const ValidResponse& response) {
  fuzz::require(response.points.size() == survey.scenarios.size());
  fuzz::require(std::accumulate(response.points.begin(), response.points.end(), 0L) == survey.budget);
  for (const int points : response.points) fuzz::require(points >= 0 && points <= survey.budget);
  for (const auto& [id, text] : response.motivations) {
    fuzz::require(survey.scenario(id) != nullptr && !text.empty() && fuzz::storable_text(text));
  }
  for (const auto& [id, option] : response.demographics) {
    const auto* question = survey.question(id);
    fuzz::require(question != nullptr && question->accepts(option));
  }
  // What is stored is the JSON of the response; dumping it throws for text that is not UTF-8.
  (void)response_json(survey, response).dump();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)energy_survey();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Survey& survey = energy_survey();
  nlohmann::json body;
  try {
    body = parse_bounded_json(fuzz::text_of(data, size));
  } catch (const Error&) {
    return 0;
  }
  const ResponseDraft draft = draft_from_json(body);
  // One language per input (the messages differ, the verdict does not), for speed.
  const Language language = static_cast<Language>(size % 3);
  const ResponseCheck check = check_response(survey, draft, language);
  fuzz::require(check.response.has_value() == check.errors.empty());
  for (const auto& error : check.errors) fuzz::require(!error.code.empty() && !error.message.empty());
  if (check.response) check_valid(survey, *check.response);
  return 0;
}
