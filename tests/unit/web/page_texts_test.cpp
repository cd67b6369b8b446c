// The text catalogues of the resident pages (server/texts/<family>/<language>.json): named texts,
// the same names in every language, none empty, placeholders filled in by name.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "app/templates/page_texts.hpp"

using namespace mienskip;
using namespace mienskip::app;

BOOST_AUTO_TEST_SUITE(page_texts_catalogues)

BOOST_AUTO_TEST_CASE(every_family_has_its_languages) {
  std::map<std::string, std::set<std::string>> languages;
  for (const auto& [family, by_language] : page_catalogues()) {
    for (const auto& [language, texts] : by_language) languages[family].insert(language);
  }
  const std::set<std::string> all = {"en", "fy", "nl"};
  BOOST_TEST((languages["frame"] == all));
  BOOST_TEST((languages["survey"] == all));
  BOOST_TEST((languages["forum_sign_up"] == all));
  BOOST_TEST((languages["verification"] == all));
  BOOST_TEST(languages.size() == 4u);
}

BOOST_AUTO_TEST_CASE(every_catalogue_has_exactly_the_keys_of_dutch_and_no_empty_text) {
  for (const auto& [family, by_language] : page_catalogues()) {
    const auto& dutch = by_language.at("nl");
    BOOST_TEST_REQUIRE(dutch.is_object(), family);
    BOOST_TEST(!dutch.empty(), family);
    for (const auto& [language, texts] : by_language) {
      BOOST_TEST_REQUIRE(texts.is_object(), family + "/" + language);
      for (const auto& [key, value] : texts.items()) {
        BOOST_TEST(dutch.contains(key), family + "/" + language + " has " + key + ", nl has not");
        BOOST_TEST((value.is_string() && !value.get<std::string>().empty()), family + "/" + language + ": " + key);
      }
      for (const auto& [key, value] : dutch.items()) {
        BOOST_TEST(texts.contains(key), family + "/" + language + " lacks " + key);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(a_text_is_found_by_family_language_and_name) {
  BOOST_TEST(page_texts("frame", Language::fy).at("skip").get<std::string>() == "Nei de ynhâld");
  BOOST_TEST(page_texts("survey", Language::en).at("thanks_title").get<std::string>() == "Thank you!");
  BOOST_TEST(page_texts("verification", Language::fy).at("title").get<std::string>() == "Ferifikaasje");
  BOOST_CHECK_THROW(page_texts("no_such_family", Language::nl), std::logic_error);
}

BOOST_AUTO_TEST_CASE(placeholders_are_filled_in_by_name_everywhere_they_occur) {
  BOOST_TEST(fill_in("Gemeente {municipality}; {municipality} {n}", {{"municipality", "Súdwest-Fryslân"}, {"n", "3"}}) ==
             "Gemeente Súdwest-Fryslân; Súdwest-Fryslân 3");
  BOOST_TEST(fill_in("{x} stays", {}) == "{x} stays");
  // A value that contains its own placeholder is not filled in again.
  BOOST_TEST(fill_in("{a}{a}", {{"a", "{a}"}}) == "{a}{a}");
  const std::string privacy = page_texts("forum_sign_up", Language::nl).at("privacy");
  BOOST_TEST(fill_in(privacy, {{"municipality", "Waadhoeke"}}).find("contact op met de gemeente Waadhoeke.") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_text_splits_into_paragraphs_at_blank_lines) {
  BOOST_TEST((paragraphs_of("a\nb\n\nc\n\n\n\nd") == std::vector<std::string>{"a\nb", "c", "d"}));
  BOOST_TEST(paragraphs_of("").empty());
  BOOST_TEST((paragraphs_of("\n\nx\n\n") == std::vector<std::string>{"x"}));
}

BOOST_AUTO_TEST_SUITE_END()
