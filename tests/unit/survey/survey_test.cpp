// Survey templates and the rules a response must obey (core/survey/survey, core/survey/survey_response).
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/base/error.hpp"
#include "core/survey/survey.hpp"
#include "core/survey/survey_response.hpp"

#include "support/energy_survey.hpp"
#include "support/reference_data.hpp"

using namespace mienskip;

namespace {

const nlohmann::json& schema() {
  static const nlohmann::json value = test::survey_template_json("schema.json");
  return value;
}

auto& energy = mienskip::test::energy_survey;

std::string invalid_template_message(const nlohmann::json& document) {
  try {
    survey_from_template(schema(), document);
  } catch (const Error& e) {
    BOOST_TEST(e.code() == "invalid_template");
    return e.what();
  }
  BOOST_FAIL("the template was accepted");
  return "";
}

ResponseDraft fair_split() {
  // 100 points: 20, 20, 15, 15, 15, 15.
  ResponseDraft draft;
  const int points[] = {20, 20, 15, 15, 15, 15};
  for (std::size_t s = 0; s < energy().scenarios.size(); ++s) draft.allocations[energy().scenarios[s].id] = std::to_string(points[s]);
  return draft;
}

std::vector<std::string> codes(const ResponseCheck& check) {
  std::vector<std::string> out;
  for (const auto& e : check.errors) out.push_back(e.field + ":" + e.code);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(survey_templates)

BOOST_AUTO_TEST_CASE(sudwest_fryslan_template_has_the_six_scenarios) {
  const Survey& survey = energy();
  BOOST_TEST(survey.budget == 100);
  BOOST_TEST_REQUIRE(survey.scenarios.size() == 6u);
  BOOST_TEST(survey.scenarios[0].title.nl == "De gemeente neemt de leiding en ontzorgt");
  BOOST_TEST(survey.scenarios[1].title.nl == "Inwoners doen het zelf");
  BOOST_TEST(survey.scenarios[2].title.nl == "De markt bepaalt");
  BOOST_TEST(survey.scenarios[3].title.nl == "Op een klein aantal plekken komt grootschalige energieopwek");
  BOOST_TEST(survey.scenarios[4].title.nl == "Inzetten op opslag");
  BOOST_TEST(survey.scenarios[5].title.nl == "Energieleverancier van Nederland worden");
  BOOST_TEST(survey.motivation_asked);
  BOOST_TEST(survey.translation_status.at("fy") == "awaiting_review");
  for (const char* id : {"age", "gender", "education", "area"}) BOOST_TEST(survey.question(id) != nullptr, id);
  for (const auto& scenario : survey.scenarios) {
    BOOST_TEST(!scenario.description.fy.empty());
    BOOST_TEST(!scenario.description.en.empty());
  }
}

BOOST_AUTO_TEST_CASE(generic_template_loads_too) {
  const Survey survey = survey_from_template(schema(), test::survey_template_json("buurtbudget.json"));
  BOOST_TEST(survey.scenarios.size() >= 4u);
  BOOST_TEST(!survey.motivation_asked);
}

BOOST_AUTO_TEST_CASE(missing_translation_is_named_by_path) {
  auto document = test::survey_template_json("sudwest-fryslan-energiestrategie.json");
  document["scenarios"][3]["title"].erase("fy");
  const auto message = invalid_template_message(document);
  BOOST_TEST(message.find("scenarios[3].title.fy is missing") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(every_problem_is_listed) {
  auto document = test::survey_template_json("sudwest-fryslan-energiestrategie.json");
  document["budget"] = 0;
  document["scenarios"][0]["id"] = "Not An Id";
  const auto message = invalid_template_message(document);
  BOOST_TEST(message.find("budget") != std::string::npos, message);
  BOOST_TEST(message.find("scenarios[0].id") != std::string::npos, message);
  BOOST_TEST(message.find("2 problems") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(duplicate_ids_and_a_home_made_prefer_not_to_say_are_refused) {
  auto document = test::survey_template_json("sudwest-fryslan-energiestrategie.json");
  document["scenarios"][1]["id"] = document["scenarios"][0]["id"];
  document["demographics"][0]["options"][1]["id"] = "prefer_not_to_say";
  const auto message = invalid_template_message(document);
  BOOST_TEST(message.find("scenarios[1].id '" + document["scenarios"][0]["id"].get<std::string>() +
                          "' is used by an earlier scenario") != std::string::npos,
             message);
  BOOST_TEST(message.find("demographics[0].options[1].id 'prefer_not_to_say' is added by Mienskip itself") !=
                 std::string::npos,
             message);
}

BOOST_AUTO_TEST_CASE(public_definition_is_in_one_language_with_prefer_not_to_say) {
  const auto json = public_survey_json(energy(), Language::en);
  BOOST_TEST(json["language"] == "en");
  BOOST_TEST(json["scenarios"].size() == 6u);
  BOOST_TEST(json["scenarios"][0]["id"] == energy().scenarios[0].id);
  BOOST_TEST(json["scenarios"][0]["title"] == energy().scenarios[0].title.en);
  const auto& options = json["demographics"][0]["options"];
  BOOST_TEST(options.back()["id"] == "prefer_not_to_say");
  BOOST_TEST(options.back()["label"] == "Prefer not to say");
  BOOST_TEST(public_survey_json(energy(), Language::fy)["translation_status"] == "awaiting_review");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(response_rules)

BOOST_AUTO_TEST_CASE(a_complete_response_passes) {
  auto draft = fair_split();
  draft.motivations[energy().scenarios[0].id] = "  Dan is het goed geregeld.  ";
  draft.motivations[energy().scenarios[1].id] = "";
  draft.demographics["age"] = "prefer_not_to_say";
  draft.demographics["gender"] = "";
  const auto check = check_response(energy(), draft, Language::nl);
  BOOST_TEST_REQUIRE(check.errors.empty());
  BOOST_TEST((check.response->points == std::vector<int>{20, 20, 15, 15, 15, 15}));
  BOOST_TEST(check.response->motivations.size() == 1u);
  BOOST_TEST(check.response->motivations.at(energy().scenarios[0].id) == "Dan is het goed geregeld.");
  BOOST_TEST(check.response->demographics.size() == 1u);
  const auto stored = response_json(energy(), *check.response);
  BOOST_TEST(stored["allocations"][energy().scenarios[2].id] == 15);
}

BOOST_AUTO_TEST_CASE(empty_points_count_as_zero) {
  ResponseDraft draft;
  draft.allocations[energy().scenarios[4].id] = "100";
  draft.allocations[energy().scenarios[0].id] = " ";
  const auto check = check_response(energy(), draft, Language::nl);
  BOOST_TEST_REQUIRE(check.errors.empty());
  BOOST_TEST((check.response->points == std::vector<int>{0, 0, 0, 0, 100, 0}));
}

BOOST_AUTO_TEST_CASE(the_total_must_be_exactly_the_budget) {
  auto draft = fair_split();
  draft.allocations[energy().scenarios[0].id] = "10";
  auto check = check_response(energy(), draft, Language::nl);
  BOOST_TEST((codes(check) == std::vector<std::string>{"allocations:total_not_budget"}));
  BOOST_TEST(check.errors[0].message == "U hebt 90 van de 100 punten verdeeld. Verdeel er nog 10.");
  draft.allocations[energy().scenarios[0].id] = "25";
  check = check_response(energy(), draft, Language::en);
  BOOST_TEST(check.errors[0].message == "You have divided 105 points, 5 too many. The total must be exactly 100.");
  BOOST_TEST(!check.response.has_value());
}

BOOST_AUTO_TEST_CASE(points_must_be_whole_numbers_within_the_budget) {
  for (const char* bad : {"12.5", "-5", "1e2", "twintig", "0x10", "99999999999"}) {
    auto draft = fair_split();
    draft.allocations[energy().scenarios[0].id] = bad;
    const auto check = check_response(energy(), draft, Language::fy);
    BOOST_TEST((codes(check) == std::vector<std::string>{"allocations." + energy().scenarios[0].id + ":points_not_whole"}),
               bad);
  }
  auto draft = fair_split();
  draft.allocations[energy().scenarios[0].id] = "101";
  BOOST_TEST((codes(check_response(energy(), draft, Language::nl)) ==
              std::vector<std::string>{"allocations." + energy().scenarios[0].id + ":points_too_many"}));
}

BOOST_AUTO_TEST_CASE(tampered_fields_are_refused_by_name) {
  auto draft = fair_split();
  draft.allocations["kernenergie"] = "0";
  draft.demographics["income"] = "high";
  draft.demographics["age"] = "120-plus";
  draft.unknown_fields.push_back("admin");
  const auto check = check_response(energy(), draft, Language::nl);
  BOOST_TEST((codes(check) == std::vector<std::string>{"admin:unknown_field", "allocations.kernenergie:unknown_scenario",
                                                       "demographics.age:unknown_option",
                                                       "demographics.income:unknown_question"}));
}

BOOST_AUTO_TEST_CASE(motivation_length_is_counted_in_characters) {
  auto draft = fair_split();
  const auto& id = energy().scenarios[0].id;
  std::string text;
  for (int i = 0; i < energy().motivation_max_length; ++i) text += "\xC3\xBA";  // ú: 2 bytes, 1 character
  draft.motivations[id] = text;
  BOOST_TEST(check_response(energy(), draft, Language::nl).errors.empty());
  draft.motivations[id] = text + "a";
  const auto check = check_response(energy(), draft, Language::nl);
  BOOST_TEST((codes(check) == std::vector<std::string>{"motivations." + id + ":motivation_too_long"}));
  draft.motivations[id] = "ab\xC3";  // cut in the middle of a character
  BOOST_TEST((codes(check_response(energy(), draft, Language::nl)) ==
              std::vector<std::string>{"motivations." + id + ":motivation_unreadable"}));
  draft.motivations[id] = "\xED\xA0\x80";  // a UTF-16 surrogate
  BOOST_TEST((codes(check_response(energy(), draft, Language::nl)) ==
              std::vector<std::string>{"motivations." + id + ":motivation_unreadable"}));
}

BOOST_AUTO_TEST_CASE(no_motivation_where_none_is_asked) {
  const Survey survey = survey_from_template(schema(), test::survey_template_json("buurtbudget.json"));
  ResponseDraft draft;
  draft.allocations[survey.scenarios[0].id] = std::to_string(survey.budget);
  draft.motivations[survey.scenarios[0].id] = "Omdat het kan.";
  BOOST_TEST((codes(check_response(survey, draft, Language::nl)) ==
              std::vector<std::string>{"motivations." + survey.scenarios[0].id + ":motivation_not_asked"}));
}

BOOST_AUTO_TEST_CASE(json_bodies_keep_their_types_visible) {
  const auto& id = energy().scenarios[0].id;
  nlohmann::json body = {{"code", "X"}, {"idempotency_key", "k"}, {"allocations", {{id, 100}}}, {"extra", 1}};
  auto draft = draft_from_json(body);
  BOOST_TEST(draft.allocations.at(id) == "100");
  BOOST_TEST((draft.unknown_fields == std::vector<std::string>{"extra"}));
  body = {{"allocations", {{id, 99.5}}}};
  BOOST_TEST((codes(check_response(energy(), draft_from_json(body), Language::nl)) ==
              std::vector<std::string>{"allocations." + id + ":points_not_whole"}));
  body = {{"allocations", {{id, "100"}}}};  // a string is not a number
  BOOST_TEST((codes(check_response(energy(), draft_from_json(body), Language::nl)) ==
              std::vector<std::string>{"allocations." + id + ":points_not_whole"}));
  BOOST_TEST((draft_from_json(nlohmann::json::array()).unknown_fields == std::vector<std::string>{"body"}));
}

BOOST_AUTO_TEST_SUITE_END()
