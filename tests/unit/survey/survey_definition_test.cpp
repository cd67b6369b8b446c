// Setting a survey up (core/survey/survey_definition): short names, template names, reading a template,
// what the staff app lists, and the words for a refused change of an answered survey.
#include "core/survey/survey_definition.hpp"

#include <boost/test/unit_test.hpp>
#include <functional>

#include "core/base/error.hpp"
#include "support/reference_data.hpp"
#include "support/thrown_error.hpp"

using namespace mienskip;
using mienskip::test::error_code;
using mienskip::test::error_message;

namespace {

const std::string energy_text = mienskip::test::read_survey_template("sudwest-fryslan-energiestrategie.json");

Survey with_scenarios(const std::vector<std::string>& ids, int budget = 100) {
  Survey survey;
  survey.budget = budget;
  for (const auto& id : ids) survey.scenarios.push_back({id, {}, {}, {}});
  return survey;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(survey_definition)

BOOST_AUTO_TEST_CASE(short_names_are_lower_case_letters_digits_and_dashes) {
  for (const std::string& good : std::vector<std::string>{"energie-2027", "ab", "2027", std::string(63, 'a')}) {
    BOOST_TEST(error_code([&] { check_survey_slug(good); }) == "none", good);
  }
  const std::vector<std::string> bad_names = {"Energie",      "a", "-energie",           "energie 2027",
                                              "energie_2027", "",  std::string(64, 'a'), "../admin",
                                              "énergie"};
  for (const auto& bad : bad_names) {
    BOOST_TEST(error_code([&] { check_survey_slug(bad); }) == "invalid_slug", bad);
  }
  BOOST_TEST(error_message([] { check_survey_slug("Energie"); }).find("'Energie'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(template_names_cannot_leave_the_directory) {
  BOOST_TEST(is_template_name("sudwest-fryslan-energiestrategie"));
  BOOST_TEST(is_template_name("buurtbudget"));
  const std::vector<std::string> bad_names = {"",   "schema", "../secret", "a/b",  "buurtbudget.json",      "Buurtbudget",
                                              "-x", ".",      "..",        "a\\b", std::string(101, 'a')};
  for (const auto& bad : bad_names) {
    BOOST_TEST(!is_template_name(bad), bad);
  }
}

BOOST_AUTO_TEST_CASE(a_template_is_read_and_checked_as_the_import_checks_it) {
  const auto definition = read_survey_definition(energy_text, "sudwest-fryslan-energiestrategie.json");
  BOOST_TEST(definition.survey.scenarios.size() == 6u);
  BOOST_TEST(definition.document == nlohmann::json::parse(energy_text));

  const auto not_json = error_message([] { read_survey_definition("{\"title\": ", "kapot.json"); });
  BOOST_TEST(not_json.rfind("kapot.json is not valid JSON", 0) == 0u, not_json);
  BOOST_TEST(error_code([] { read_survey_definition("{\"title\": ", "kapot.json"); }) == "invalid_template");

  auto document = nlohmann::json::parse(energy_text);
  document["title"].erase("fy");
  const auto missing = error_message([&] { checked_survey_definition(document); });
  BOOST_TEST(missing.find("title.fy") != std::string::npos, missing);
}

// Found by the fuzzer (tests/fuzz/survey_template): nlohmann reports a number beyond a double's
// range as out_of_range, not as a parse error, so it escaped the template reader as a non-Error
// exception.
BOOST_AUTO_TEST_CASE(a_template_with_a_number_too_large_to_read_is_invalid) {
  const auto message = error_message([] { read_survey_definition("{\"budget\": 33E8267538338537100628}", "groot.json"); });
  BOOST_TEST(message.rfind("groot.json is not valid JSON", 0) == 0u, message);
  BOOST_TEST(error_code([] { read_survey_definition("{\"budget\": -1e400}", "groot.json"); }) == "invalid_template");
}

BOOST_AUTO_TEST_CASE(the_listing_names_the_template_its_titles_and_scenarios) {
  const auto survey = read_survey_definition(energy_text, "t.json").survey;
  BOOST_TEST(template_summary_json("sudwest-fryslan-energiestrategie", survey) ==
             (nlohmann::json{{"name", "sudwest-fryslan-energiestrategie"},
                             {"title",
                              {{"nl", "Energiestrategie Súdwest-Fryslân: wat vindt u belangrijk?"},
                               {"fy", "Enerzjystrategy Súdwest-Fryslân: wat fine jo wichtich?"},
                               {"en", "Súdwest-Fryslân energy strategy: what matters to you?"}}},
                             {"scenarios", 6}}));
}

BOOST_AUTO_TEST_CASE(frozen_changes_say_what_would_change) {
  const auto before = with_scenarios({"a", "b", "c"});
  BOOST_TEST(frozen_changes(before, before).empty());
  Survey retitled = before;
  retitled.scenarios[0].title.fy = "Nije titel";
  retitled.title.nl = "Andere titel";
  BOOST_TEST(frozen_changes(before, retitled).empty());
  BOOST_TEST(frozen_changes(before, with_scenarios({"a", "b", "c"}, 120)) ==
             std::vector<std::string>{"the budget (from 100 to 120 points)"});
  BOOST_TEST(frozen_changes(before, with_scenarios({"a", "c"})) ==
             std::vector<std::string>{"the scenarios (it removes 'b')"});
  BOOST_TEST(frozen_changes(before, with_scenarios({"a", "b", "c", "d", "e"})) ==
             std::vector<std::string>{"the scenarios (it adds 'd', 'e')"});
  BOOST_TEST(frozen_changes(before, with_scenarios({"a", "x", "c"}, 50)) ==
             (std::vector<std::string>{"the budget (from 100 to 50 points)", "the scenarios (it removes 'b', adds 'x')"}));
  BOOST_TEST(frozen_changes(before, with_scenarios({"c", "b", "a"})) ==
             std::vector<std::string>{"the scenarios (it changes their order)"});
}

BOOST_AUTO_TEST_SUITE_END()
