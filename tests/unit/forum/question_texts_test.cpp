// How quota questions read on the sign-up page (issue 23, item 5): staff's wording per language
// and a help text, checked field by field; the category's and values' own names are the fallback
// and stay what is stored.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "core/forum/question_texts.hpp"

using namespace mienskip;
using nlohmann::json;

namespace {

std::vector<QuotaCategory> categories() {
  return {{"Leeftijd", {"16-34", "35-64", "65+"}, {1, 1, 1}, {2, 2, 2}, {}, {}},
          {"Gebied", {"Ferwerderadiel", "Dokkum"}, {1, 1}, {3, 3}, {}, {}}};
}

const json worded = json::parse(R"json({"questions": [
  {"category": "Leeftijd", "label": {"fy": "Leeftyd", "en": "Age"}, "help": {"en": "  How old you are today.  "}},
  {"category": "Gebied", "label": {"fy": "Gebiet", "en": "Area"},
   "help": {"nl": "Blije, Hallum en Marrum vallen onder Ferwerderadiel.", "fy": "Blije, Hallum en Marrum hearre by Ferwerderadiel."},
   "values": [{"value": "Ferwerderadiel", "label": {"fy": "Ferwerderadiel (Blije, Hallum, Marrum)", "en": ""}}]}]})json");

std::vector<std::string> problems(const json& body, QuestionTextsReading reading = QuestionTextsReading::strict) {
  std::vector<std::string> found;
  for (const auto& e : check_question_texts(body, categories(), reading).errors) found.push_back(e.field + " " + e.code);
  return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(question_texts)

BOOST_AUTO_TEST_CASE(each_language_reads_staffs_words_or_the_names) {
  const auto checked = check_question_texts(worded, categories());
  BOOST_TEST_REQUIRE(checked.errors.empty());
  const auto& texts = *checked.value;
  BOOST_TEST(question_label(texts, "Leeftijd", Language::fy) == "Leeftyd");
  BOOST_TEST(question_label(texts, "Leeftijd", Language::nl) == "Leeftijd");  // no Dutch wording: the name
  BOOST_TEST(question_help(texts, "Leeftijd", Language::en) == "How old you are today.");
  BOOST_TEST(question_help(texts, "Leeftijd", Language::fy) == "");
  BOOST_TEST(question_help(texts, "Gebied", Language::nl) == "Blije, Hallum en Marrum vallen onder Ferwerderadiel.");
  BOOST_TEST(value_label(texts, "Gebied", "Ferwerderadiel", Language::fy) == "Ferwerderadiel (Blije, Hallum, Marrum)");
  BOOST_TEST(value_label(texts, "Gebied", "Ferwerderadiel", Language::en) == "Ferwerderadiel");  // empty: the name
  BOOST_TEST(value_label(texts, "Gebied", "Dokkum", Language::fy) == "Dokkum");
  BOOST_TEST(value_label(texts, "Onbekend", "x", Language::fy) == "x");
}

BOOST_AUTO_TEST_CASE(what_is_written_back_reads_back_the_same_for_every_category) {
  const auto texts = *check_question_texts(worded, categories()).value;
  const auto written = question_texts_json(texts, categories());
  BOOST_TEST_REQUIRE(written["questions"].size() == 2u);
  BOOST_TEST(written["questions"][0]["values"].size() == 3u);  // every value, worded or not
  BOOST_TEST(written["questions"][0]["values"][0]["label"] == json::object());
  const auto again = check_question_texts(written, categories());
  BOOST_TEST_REQUIRE(again.errors.empty());
  BOOST_TEST(question_texts_json(*again.value, categories()) == written);
}

BOOST_AUTO_TEST_CASE(every_problem_is_named_by_its_field) {
  const json body = json::parse(R"({"questions": [
    {"category": "Inkomen", "label": {"fy": "Ynkommen"}},
    {"category": "Leeftijd", "label": {"de": "Alter", "fy": "a\nb"}, "help": {"en": 3}, "colour": "red",
     "values": [{"value": "0-15", "label": {"en": "children"}}, {"value": "65+", "label": {"en": "65 and over"}},
                {"value": "65+", "label": {"en": "again"}}]},
    {"category": "Leeftijd"}]})");
  const std::vector<std::string> expected = {
      "questions[0].category unknown_category",   "questions[1].colour unknown_field",
      "questions[1].label.de unknown_language",   "questions[1].label.fy control_characters",
      "questions[1].help.en not_text",            "questions[1].values[0].value unknown_value",
      "questions[1].values[2].value duplicate_value", "questions[2].category duplicate_category"};
  BOOST_TEST(problems(body) == expected, boost::test_tools::per_element());
  BOOST_TEST(problems({{"questions", {{{"category", "Leeftijd"}, {"label", {{"en", std::string(101, 'a')}}}}}}}) ==
             std::vector<std::string>{"questions[0].label.en too_long"});
  BOOST_TEST(problems({{"questions", {{{"category", "Leeftijd"}, {"help", {{"en", "line\nline"}}}}}}}).empty());
  BOOST_TEST(problems(json::array()) == std::vector<std::string>{"questions not_list"});
}

BOOST_AUTO_TEST_CASE(wording_saved_before_the_quotas_changed_is_passed_over) {
  // "Inkomen" was a category and "0-15" a value when this was saved; they are gone now.
  const json saved = json::parse(R"({"questions": [{"category": "Inkomen", "label": {"fy": "Ynkommen"}},
    {"category": "Leeftijd", "label": {"en": "Age"}, "values": [{"value": "0-15", "label": {"en": "children"}}]}]})");
  BOOST_TEST(problems(saved, QuestionTextsReading::drop_unknown).empty());
  const auto texts = *check_question_texts(saved, categories(), QuestionTextsReading::drop_unknown).value;
  BOOST_TEST(texts.size() == 1u);
  BOOST_TEST(question_label(texts, "Leeftijd", Language::en) == "Age");
  BOOST_TEST(texts.at("Leeftijd").values.empty());
}

BOOST_AUTO_TEST_SUITE_END()
