#include "core/survey/survey.hpp"

#include <set>

#include "core/base/error.hpp"
#include "core/base/json_schema.hpp"

namespace mienskip {

std::optional<Language> parse_language(std::string_view code) {
  if (code == "nl") return Language::nl;
  if (code == "fy") return Language::fy;
  if (code == "en") return Language::en;
  return std::nullopt;
}

std::string_view language_code(Language language) {
  switch (language) {
    case Language::fy:
      return "fy";
    case Language::en:
      return "en";
    case Language::nl:
      break;
  }
  return "nl";
}

const std::string& LocalText::in(Language language) const {
  switch (language) {
    case Language::fy:
      return fy;
    case Language::en:
      return en;
    case Language::nl:
      break;
  }
  return nl;
}

LocalText prefer_not_to_say_label() { return {"Zeg ik liever niet", "Sis ik leaver net", "Prefer not to say"}; }

bool DemographicQuestion::accepts(std::string_view option_id) const {
  if (option_id == prefer_not_to_say) return true;
  for (const auto& option : options) {
    if (option.id == option_id) return true;
  }
  return false;
}

const Scenario* Survey::scenario(std::string_view id) const {
  for (const auto& s : scenarios) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

const DemographicQuestion* Survey::question(std::string_view id) const {
  for (const auto& q : demographics) {
    if (q.id == id) return &q;
  }
  return nullptr;
}

namespace {

LocalText text(const nlohmann::json& value) {
  return {value.at("nl").get<std::string>(), value.at("fy").get<std::string>(), value.at("en").get<std::string>()};
}

nlohmann::json text_json(const LocalText& value, Language language) { return value.in(language); }

}  // namespace

Survey survey_from_template(const nlohmann::json& schema, const nlohmann::json& document) {
  std::vector<std::string> problems;
  for (const auto& violation : schema_violations(schema, document)) problems.push_back(violation.message);
  if (problems.empty()) {
    std::set<std::string> scenario_ids, question_ids;
    for (std::size_t s = 0; s < document["scenarios"].size(); ++s) {
      const auto id = document["scenarios"][s]["id"].get<std::string>();
      if (!scenario_ids.insert(id).second) {
        problems.push_back("scenarios[" + std::to_string(s) + "].id '" + id + "' is used by an earlier scenario");
      }
    }
    for (std::size_t q = 0; q < document["demographics"].size(); ++q) {
      const auto& question = document["demographics"][q];
      const auto id = question["id"].get<std::string>();
      const std::string path = "demographics[" + std::to_string(q) + "]";
      if (!question_ids.insert(id).second) problems.push_back(path + ".id '" + id + "' is used by an earlier question");
      std::set<std::string> option_ids;
      for (std::size_t o = 0; o < question["options"].size(); ++o) {
        const auto option = question["options"][o]["id"].get<std::string>();
        const std::string option_path = path + ".options[" + std::to_string(o) + "].id";
        if (option == prefer_not_to_say) {
          problems.push_back(option_path + " '" + option + "' is added by Mienskip itself; leave it out");
        } else if (!option_ids.insert(option).second) {
          problems.push_back(option_path + " '" + option + "' is used by an earlier option");
        }
      }
    }
  }
  if (!problems.empty()) {
    std::string message = "The survey template is not valid (" + std::to_string(problems.size()) +
                          (problems.size() == 1 ? " problem" : " problems") + "):";
    for (const auto& problem : problems) message += "\n  " + problem;
    throw Error(error_codes::invalid_template, message);
  }
  return survey_from_definition(document);
}

Survey survey_from_definition(const nlohmann::json& document) {
  Survey survey;
  survey.title = text(document["title"]);
  survey.introduction = text(document["introduction"]);
  survey.closing = text(document["closing"]);
  survey.budget = document["budget"].get<int>();
  for (const auto& s : document["scenarios"]) {
    Scenario scenario{s["id"].get<std::string>(), text(s["title"]), text(s["description"]), {}};
    for (const auto& consequence : s["consequences"]) scenario.consequences.push_back(text(consequence));
    survey.scenarios.push_back(std::move(scenario));
  }
  survey.motivation_asked = document["motivation"]["asked"].get<bool>();
  survey.motivation_max_length = document["motivation"]["max_length"].get<int>();
  survey.motivation_prompt = text(document["motivation"]["prompt"]);
  for (const auto& q : document["demographics"]) {
    DemographicQuestion question{q["id"].get<std::string>(), text(q["label"]), q["control"].get<std::string>(), {}};
    for (const auto& option : q["options"]) question.options.push_back({option["id"].get<std::string>(), text(option["label"])});
    survey.demographics.push_back(std::move(question));
  }
  for (const auto& [language, status] : document["translation_status"].items()) {
    survey.translation_status[language] = status.get<std::string>();
  }
  return survey;
}

nlohmann::json public_survey_json(const Survey& survey, Language language) {
  nlohmann::json out;
  out["language"] = std::string(language_code(language));
  out["title"] = text_json(survey.title, language);
  out["introduction"] = text_json(survey.introduction, language);
  out["budget"] = survey.budget;
  out["scenarios"] = nlohmann::json::array();
  for (const auto& s : survey.scenarios) {
    nlohmann::json consequences = nlohmann::json::array();
    for (const auto& c : s.consequences) consequences.push_back(text_json(c, language));
    out["scenarios"].push_back({{"id", s.id},
                                {"title", text_json(s.title, language)},
                                {"description", text_json(s.description, language)},
                                {"consequences", consequences}});
  }
  out["motivation"] = {{"asked", survey.motivation_asked},
                       {"max_length", survey.motivation_max_length},
                       {"prompt", text_json(survey.motivation_prompt, language)}};
  out["demographics"] = nlohmann::json::array();
  for (const auto& q : survey.demographics) {
    nlohmann::json options = nlohmann::json::array();
    for (const auto& o : q.options) options.push_back({{"id", o.id}, {"label", text_json(o.label, language)}});
    options.push_back({{"id", std::string(prefer_not_to_say)}, {"label", text_json(prefer_not_to_say_label(), language)}});
    out["demographics"].push_back(
        {{"id", q.id}, {"label", text_json(q.label, language)}, {"control", q.control}, {"options", options}});
  }
  out["closing"] = text_json(survey.closing, language);
  const auto status = survey.translation_status.find(std::string(language_code(language)));
  out["translation_status"] = status == survey.translation_status.end() ? "final" : status->second;
  return out;
}

}  // namespace mienskip
