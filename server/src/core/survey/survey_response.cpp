#include "core/survey/survey_response.hpp"

#include <cstdint>

#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

bool has_control_characters(const std::string& text) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && c != '\n' && c != '\r' && c != '\t') return true;
    if (byte == 0x7F) return true;
  }
  return false;
}

struct Messages {
  Language language;
  std::string pick(const char* nl, const char* fy, const char* en) const {
    return language == Language::fy ? fy : language == Language::en ? en : nl;
  }
};

// One check of a draft: every error found, in the order residents read the form, and the
// response as far as it is valid.
struct ResponseChecker {
  const Survey& survey;
  const Messages m;
  ResponseCheck check;
  ValidResponse response;

  void fail(std::string field, std::string code, std::string message) {
    check.errors.push_back({std::move(field), std::move(code), std::move(message)});
  }

  // Fields the survey does not have, and points for scenarios it does not have.
  void unknown_fields(const ResponseDraft& draft) {
    for (const auto& field : draft.unknown_fields) {
      fail(field, "unknown_field",
           m.pick("Dit veld hoort niet bij deze vragenlijst.", "Dit fjild heart net by dizze fragelist.",
                  "This field is not part of this survey."));
    }
    for (const auto& [id, value] : draft.allocations) {
      if (!survey.scenario(id)) {
        fail("allocations." + id, "unknown_scenario",
             m.pick("Dit scenario bestaat niet in deze vragenlijst.", "Dit senario bestiet net yn dizze fragelist.",
                    "This scenario does not exist in this survey."));
      }
    }
  }

  // Whole points per scenario, each at most the budget, together exactly the budget.
  void points(const ResponseDraft& draft) {
    long total = 0;
    bool points_ok = true;
    const std::string budget = std::to_string(survey.budget);
    for (const auto& scenario : survey.scenarios) {
      const auto found = draft.allocations.find(scenario.id);
      const std::string typed = found == draft.allocations.end() ? "" : trimmed(found->second);
      const std::string field = "allocations." + scenario.id;
      int points = 0;
      if (!typed.empty()) {
        const bool digits = typed.size() <= 9 && typed.find_first_not_of("0123456789") == std::string::npos;
        if (!digits) {
          fail(field, "points_not_whole",
               m.pick("Vul een heel getal in van 0 tot en met ", "Folje in hiel getal yn fan 0 oant en mei ",
                      "Enter a whole number from 0 to ") +
                   budget + ".");
          points_ok = false;
          response.points.push_back(0);
          continue;
        }
        points = std::stoi(typed);
        if (points > survey.budget) {
          fail(field, "points_too_many",
               m.pick("U kunt hier hoogstens ", "Jo kinne hjir op syn heechst ", "You can give at most ") + budget +
                   m.pick(" punten geven.", " punten jaan.", " points here."));
          points_ok = false;
        }
      }
      total += points;
      response.points.push_back(points);
    }
    if (points_ok && total != survey.budget) total_not_budget(total);
  }

  void total_not_budget(long total) {
    const std::string budget = std::to_string(survey.budget);
    const std::string given = std::to_string(total);
    const std::string difference = std::to_string(std::labs(survey.budget - total));
    if (total < survey.budget) {
      fail("allocations", "total_not_budget",
           m.pick("U hebt ", "Jo hawwe ", "You have divided ") + given + m.pick(" van de ", " fan de ", " of ") + budget +
               m.pick(" punten verdeeld. Verdeel er nog ", " punten ferdield. Ferdiel der noch ", " points. Divide ") +
               difference + m.pick(".", ".", " more."));
    } else {
      fail("allocations", "total_not_budget",
           m.pick("U hebt ", "Jo hawwe ", "You have divided ") + given + m.pick(" punten verdeeld, ", " punten ferdield, ", " points, ") +
               difference + m.pick(" te veel. Het totaal moet precies ", " tefolle. It totaal moat krekt ",
                                   " too many. The total must be exactly ") +
               budget + m.pick(" zijn.", " wêze.", "."));
    }
  }

  // An explanation per scenario, when the survey asks for one: readable text within its length.
  void motivations(const ResponseDraft& draft) {
    for (const auto& [id, value] : draft.motivations) {
      const std::string field = "motivations." + id;
      const std::string text = trimmed(value);
      if (!survey.scenario(id)) {
        fail(field, "unknown_scenario",
             m.pick("Dit scenario bestaat niet in deze vragenlijst.", "Dit senario bestiet net yn dizze fragelist.",
                    "This scenario does not exist in this survey."));
        continue;
      }
      if (text.empty()) continue;
      if (!survey.motivation_asked) {
        fail(field, "motivation_not_asked",
             m.pick("Deze vragenlijst vraagt geen toelichting.", "Dizze fragelist freget gjin taljochting.",
                    "This survey does not ask for an explanation."));
        continue;
      }
      const auto length = utf8_length(text);
      if (!length || has_control_characters(text)) {
        fail(field, "motivation_unreadable",
             m.pick("Deze tekst bevat tekens die niet kunnen worden opgeslagen.",
                    "Dizze tekst hat tekens dy't net bewarre wurde kinne.", "This text contains characters that cannot be stored."));
        continue;
      }
      if (*length > static_cast<std::size_t>(survey.motivation_max_length)) {
        const std::string limit = std::to_string(survey.motivation_max_length);
        fail(field, "motivation_too_long",
             m.pick("Gebruik hoogstens ", "Brûk op syn heechst ", "Use at most ") + limit +
                 m.pick(" tekens (nu ", " tekens (no ", " characters (now ") + std::to_string(*length) + ").");
        continue;
      }
      response.motivations[id] = text;
    }
  }

  // Demographic answers: one of each question's options, or none.
  void demographics(const ResponseDraft& draft) {
    for (const auto& [id, value] : draft.demographics) {
      const std::string field = "demographics." + id;
      const auto* question = survey.question(id);
      if (!question) {
        fail(field, "unknown_question",
             m.pick("Deze vraag bestaat niet in deze vragenlijst.", "Dizze fraach bestiet net yn dizze fragelist.",
                    "This question does not exist in this survey."));
        continue;
      }
      if (value.empty()) continue;
      if (!question->accepts(value)) {
        fail(field, "unknown_option",
             m.pick("Kies een van de antwoorden.", "Kies ien fan de antwurden.", "Choose one of the answers."));
        continue;
      }
      response.demographics[id] = value;
    }
  }
};

}  // namespace

ResponseCheck check_response(const Survey& survey, const ResponseDraft& draft, Language language) {
  ResponseChecker checker{survey, Messages{language}, {}, {}};
  checker.unknown_fields(draft);
  checker.points(draft);
  checker.motivations(draft);
  checker.demographics(draft);
  if (checker.check.errors.empty()) checker.check.response = std::move(checker.response);
  return std::move(checker.check);
}

ResponseDraft draft_from_json(const nlohmann::json& body) {
  ResponseDraft draft;
  if (!body.is_object()) {
    draft.unknown_fields.push_back("body");
    return draft;
  }
  auto as_text = [](const nlohmann::json& value) -> std::string {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_number_unsigned()) return std::to_string(value.get<std::uint64_t>());
    if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
    if (value.is_null()) return "";
    return value.dump();  // 12.5, true, [..]: kept visible so the check names the field
  };
  for (const auto& [key, value] : body.items()) {
    if (key == "code" || key == "idempotency_key" || key == "language") continue;
    std::map<std::string, std::string>* target = key == "allocations"    ? &draft.allocations
                                                 : key == "motivations"  ? &draft.motivations
                                                 : key == "demographics" ? &draft.demographics
                                                                         : nullptr;
    if (!target || !value.is_object()) {
      draft.unknown_fields.push_back(key);
      continue;
    }
    for (const auto& [id, entry] : value.items()) {
      if (target == &draft.allocations && entry.is_string()) {
        (*target)[id] = "\"" + entry.get<std::string>() + "\"";  // points must be numbers in JSON
      } else {
        (*target)[id] = as_text(entry);
      }
    }
  }
  return draft;
}

nlohmann::json response_json(const Survey& survey, const ValidResponse& response) {
  nlohmann::json allocations = nlohmann::json::object();
  for (std::size_t s = 0; s < survey.scenarios.size(); ++s) allocations[survey.scenarios[s].id] = response.points[s];
  return {{"allocations", allocations}, {"motivations", response.motivations}, {"demographics", response.demographics}};
}

}  // namespace mienskip
