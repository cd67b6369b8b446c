#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mienskip {

/// The languages residents can answer in. Dutch first: it is the municipality's official language.
enum class Language { nl, fy, en };

std::optional<Language> parse_language(std::string_view code);
std::string_view language_code(Language language);

/// A text in every language a survey offers.
struct LocalText {
  std::string nl, fy, en;
  const std::string& in(Language language) const;
};

/// One option for residents to give points to ("De markt bepaalt").
struct Scenario {
  std::string id;
  LocalText title, description;
  std::vector<LocalText> consequences;
};

struct AnswerOption {
  std::string id;
  LocalText label;
};

/// A demographic question such as age band or area. Every question also accepts
/// `prefer_not_to_say`, which the platform adds, so no template can forget it.
struct DemographicQuestion {
  std::string id;
  LocalText label;
  std::string control;  // "radio" or "select"
  std::vector<AnswerOption> options;
  bool accepts(std::string_view option_id) const;
};

inline constexpr std::string_view prefer_not_to_say = "prefer_not_to_say";
LocalText prefer_not_to_say_label();

/// A participatory value evaluation: residents divide `budget` points over the scenarios.
struct Survey {
  LocalText title, introduction, closing;
  int budget = 100;
  std::vector<Scenario> scenarios;
  bool motivation_asked = false;
  int motivation_max_length = 1000;
  LocalText motivation_prompt;
  std::vector<DemographicQuestion> demographics;
  std::map<std::string, std::string> translation_status;  // language -> final | awaiting_review

  const Scenario* scenario(std::string_view id) const;
  const DemographicQuestion* question(std::string_view id) const;
};

/// Reads a survey template (survey-templates/*.json). Throws Error `invalid_template` whose message
/// lists every problem by path ("scenarios[3].title.fy is missing"): first against the JSON Schema,
/// then the rules a schema cannot say (distinct scenario, question and option ids).
Survey survey_from_template(const nlohmann::json& schema, const nlohmann::json& document);

/// Reads a definition that was validated when it was stored (no schema check again).
Survey survey_from_definition(const nlohmann::json& document);

/// The survey as the public API shows it, in one language.
nlohmann::json public_survey_json(const Survey& survey, Language language);

}  // namespace mienskip
