// A burgerforum's settings as staff send them: accepted as a whole or refused with every field's
// problem, so that a form can show each next to its field.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "core/forum/forum_settings.hpp"

using namespace mienskip;
using nlohmann::json;

namespace {

json forum() {
  return json::parse(R"({
    "slug": "burgerforum-2026", "name": " Burgerforum Energie ", "municipality": "Súdwest-Fryslân",
    "panel_size": 45,
    "categories": [
      {"name": "Leeftijd", "values": [{"value": "16-34", "min": 10, "max": 16}, {"value": "35-64", "min": 18, "max": 24},
                                      {"value": "65+", "min": 10, "max": 16}]},
      {"name": "Geslacht", "values": [{"value": "vrouw", "min": 21, "max": 24}, {"value": "man", "min": 21, "max": 24}]}
    ]})");
}

// The problems of a body, as "field code" lines.
std::vector<std::string> problems(const json& body) {
  const auto checked = check_forum_settings(body);
  BOOST_TEST(!checked.value.has_value());
  std::vector<std::string> lines;
  for (const auto& e : checked.errors) lines.push_back(e.field + " " + e.code);
  return lines;
}

std::string message(const json& body) {
  const auto checked = check_forum_settings(body);
  BOOST_TEST_REQUIRE(checked.errors.size() == 1u);
  return checked.errors[0].message;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(forum_settings)

BOOST_AUTO_TEST_CASE(a_complete_forum_is_read_with_names_trimmed) {
  const auto checked = check_forum_settings(forum());
  BOOST_TEST_REQUIRE(checked.value.has_value());
  const auto& f = *checked.value;
  BOOST_TEST(f.slug == "burgerforum-2026");
  BOOST_TEST(f.name == "Burgerforum Energie");
  BOOST_TEST(f.municipality == "Súdwest-Fryslân");
  BOOST_TEST(f.panel_size == 45);
  BOOST_TEST_REQUIRE(f.categories.size() == 2u);
  BOOST_TEST(f.categories[0].name == "Leeftijd");
  BOOST_TEST(f.categories[0].values == (std::vector<std::string>{"16-34", "35-64", "65+"}), boost::test_tools::per_element());
  BOOST_TEST(f.categories[0].min == (std::vector<int>{10, 18, 10}), boost::test_tools::per_element());
  BOOST_TEST(f.categories[1].max == (std::vector<int>{24, 24}), boost::test_tools::per_element());
  // Without flexibility given, a quota may be relaxed freely, as in `mienskip select`'s pools.
  BOOST_TEST(f.categories[1].min_flex == (std::vector<int>{0, 0}), boost::test_tools::per_element());
  BOOST_TEST(f.categories[1].max_flex == (std::vector<int>{-1, -1}), boost::test_tools::per_element());
  BOOST_TEST(quota_categories_json(f.categories) == (json::parse(R"([
      {"name": "Leeftijd", "values": [{"value": "16-34", "min": 10, "max": 16}, {"value": "35-64", "min": 18, "max": 24},
                                      {"value": "65+", "min": 10, "max": 16}]},
      {"name": "Geslacht", "values": [{"value": "vrouw", "min": 21, "max": 24}, {"value": "man", "min": 21, "max": 24}]}
    ])")));
}

BOOST_AUTO_TEST_CASE(every_problem_is_named_at_its_field) {
  auto body = forum();
  body["slug"] = "Burgerforum 2026";
  body["name"] = "   ";
  body.erase("municipality");
  body["panel_size"] = 0;
  body["colour"] = "blue";
  body["categories"][0]["values"][1]["value"] = "16-34";
  body["categories"][0]["values"][2]["min"] = 17;
  body["categories"][1]["name"] = "Leeftijd";
  body["categories"][1]["values"][0]["max"] = -1;
  body["categories"][1]["values"][1]["min"] = 2.5;
  BOOST_TEST(problems(body) == (std::vector<std::string>{"colour unknown_field",
                                                          "slug invalid_slug",
                                                          "name empty",
                                                          "municipality required",
                                                          "panel_size too_small",
                                                          "categories[0].values[1].value duplicate_value",
                                                          "categories[0].values[2].min min_above_max",
                                                          "categories[1].name duplicate_category",
                                                          "categories[1].values[0].max too_small",
                                                          "categories[1].values[1].min not_whole_number"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(messages_say_what_is_wrong_in_the_lotterys_words) {
  auto body = forum();
  body["categories"][0]["values"][2]["min"] = 17;
  BOOST_TEST(message(body) == "Leeftijd: 65+ has min 17 above max 16.");
  body = forum();
  body["categories"][0]["values"][1]["value"] = "16-34";
  BOOST_TEST(message(body) == "Leeftijd: the value '16-34' appears twice.");
  body = forum();
  body["panel_size"] = 1001;
  BOOST_TEST(message(body) == "The panel size may be at most 1000, not 1001.");
  body["panel_size"] = "45";
  BOOST_TEST(message(body) == "The panel size must be a whole number, not \"45\".");
  body = forum();
  body["categories"][1]["values"][0]["min"] = -3;
  BOOST_TEST(message(body) == "Geslacht: vrouw min must be at least 0, not -3.");
  body = forum();
  body["categories"][1]["values"][0]["value"] = "vrouw\tman";
  BOOST_TEST(message(body) == "Geslacht: the value must be on one line, without tabs or control characters.");
  body = forum();
  body["categories"] = json::array();
  BOOST_TEST(message(body) == "Give at least one quota category (for example gender or age).");
  body = forum();
  body["categories"][0]["values"] = json::array();
  BOOST_TEST(message(body) == "Leeftijd: give the category's values, each with its min and max seats.");
  body = forum();
  body["name"] = std::string(201, 'x');
  BOOST_TEST(message(body) == "The forum's name is longer than 200 characters.");
  BOOST_TEST(problems(json::array()) == (std::vector<std::string>{" not_object"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(quotas_alone_and_the_panel_size_are_checked_the_same_way) {
  const auto categories = check_quota_categories(forum()["categories"]);
  BOOST_TEST(categories.value.has_value());
  const auto wrong = check_quota_categories(json::parse(R"([{"name": "Wijk", "values": [{"value": "Noord", "min": 3}]}])"));
  BOOST_TEST(!wrong.value.has_value());
  BOOST_TEST_REQUIRE(wrong.errors.size() == 1u);
  BOOST_TEST(wrong.errors[0].field == "categories[0].values[0].max");
  BOOST_TEST(wrong.errors[0].code == "required");
  BOOST_TEST(check_panel_size(json(22)).value.value_or(0) == 22);
  BOOST_TEST(!check_panel_size(json(nullptr)).value.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
