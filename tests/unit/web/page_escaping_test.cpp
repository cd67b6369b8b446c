// What a resident types, what staff write in a survey or forum and what the text catalogues say
// all reach the page HTML-escaped: the templates escape by default, and only the frame inserts
// HTML as it is (the main part and the part before the skip link, rendered from templates).
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "app/templates/page_template.hpp"
#include "app/templates/page_texts.hpp"
#include "core/panel/pool.hpp"
#include "core/survey/survey_definition.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "web/public/forum_sign_up_views.hpp"
#include "web/public/survey_page_views.hpp"

using namespace mienskip;
using namespace mienskip::app;
using namespace mienskip::web;
using nlohmann::json;

namespace {

const std::string attack = "<script>alert('x')</script>\"'&";
const std::string escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&#39;&amp;";

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// A catalogue with the names of `family`'s Dutch one, every text replaced by the attack.
json hostile_texts(const std::string& family) {
  json texts = page_texts(family, Language::nl);
  for (auto& [key, value] : texts.items()) value = attack;
  return texts;
}

store::StoredSurvey energie_survey() {
  store::StoredSurvey stored;
  stored.slug = "energie";
  stored.survey = checked_survey_definition(
      json::parse(test::read_text(test::source_path("survey-templates/sudwest-fryslan-energiestrategie.json"))));
  return stored;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(page_escaping)

BOOST_AUTO_TEST_CASE(only_the_frame_inserts_html_as_it_is) {
  static const std::regex raw(R"(\{\{\{\s*([^}\s]+)\s*\}\}\}|\{\{&\s*([^}\s]+)\s*\}\})");
  std::set<std::string> found;
  for (const auto& file : embedded_page_templates()) {
    for (std::sregex_iterator at(file.text.begin(), file.text.end(), raw), end; at != end; ++at) {
      found.insert(file.name + ":" + ((*at)[1].matched ? (*at)[1].str() : (*at)[2].str()));
    }
  }
  BOOST_TEST((found == std::set<std::string>{"layout.mustache:first", "layout.mustache:main"}));
}

BOOST_AUTO_TEST_CASE(a_catalogue_text_arrives_escaped) {
  const std::string frame = render_page_template(
      "layout", {{"language", "nl"}, {"title", attack}, {"frame", hostile_texts("frame")}, {"main", "<p>main</p>"}});
  BOOST_TEST(frame.find("<script>") == std::string::npos);
  BOOST_TEST(count(frame, escaped) == 3u);  // title, skip link, the language list's label
  BOOST_TEST(frame.find("<p>main</p>") != std::string::npos);

  const std::string start = render_page_template(
      "survey_start", {{"t", hostile_texts("survey")}, {"title", "Energie"}, {"error", attack}, {"closed", true},
                       {"code_form", true}, {"preview", false}, {"introduction", json::array()},
                       {"hidden", json::array()}, {"typed_code", attack}, {"begin", {{"href", false}}}});
  BOOST_TEST(start.find("<script>") == std::string::npos);
  // error title, error (twice), closed, code label and hint, typed code, start and begin buttons
  BOOST_TEST(count(start, escaped) == 9u);
}

BOOST_AUTO_TEST_CASE(a_volunteers_input_arrives_escaped) {
  store::StoredForum forum;
  forum.settings.slug = "energie";
  forum.settings.name = "Forum " + attack;
  forum.settings.municipality = "Súdwest-Fryslân";
  QuotaCategory age;
  age.name = "Leeftijd";
  age.values = {"16-34", attack};
  forum.settings.categories = {age};
  SignUpEntry entry;
  entry.language = Language::fy;
  entry.code = attack;
  entry.answers = {{"Leeftijd", attack}};
  entry.contact = {attack, attack, attack};
  entry.errors = {{"email", "invalid_email", "Gjin e-mailadres: " + attack}};
  // Staff's wording of the question, its help and a value, in the page's language.
  QuestionTexts questions;
  questions["Leeftijd"].label["fy"] = "Leeftyd " + attack;
  questions["Leeftijd"].help["fy"] = "Help " + attack;
  questions["Leeftijd"].values["16-34"]["fy"] = "jong " + attack;
  const std::string html = sign_up_form_page(forum, questions, entry);
  BOOST_TEST(html.find("<script>") == std::string::npos);
  BOOST_TEST(count(html, "Leeftyd " + escaped) == 1u);
  BOOST_TEST(count(html, "Help " + escaped) == 1u);
  BOOST_TEST(count(html, "jong " + escaped) == 1u);
  // The typed code, name, e-mail and phone as values; the answer is checked, not echoed as text.
  BOOST_TEST(count(html, "value=\"" + escaped + "\"") == 5u);  // 4 typed + the radio's own value
  BOOST_TEST(count(html, "value=\"" + escaped + "\" checked") == 1u);
  BOOST_TEST(count(html, "Gjin e-mailadres: " + escaped) == 2u);  // the summary and the field
  BOOST_TEST(count(html, "Forum " + escaped) == 2u);               // title and heading
}

BOOST_AUTO_TEST_CASE(a_residents_answers_arrive_escaped_on_the_form_and_the_review) {
  const auto stored = energie_survey();
  FormState state;
  state.language = Language::en;
  state.code = attack;
  state.key = "form-0123456789";
  state.draft.allocations = {{"gemeente-leidt", "100"}};
  state.draft.motivations = {{"opslag", attack}};
  state.draft.demographics = {{"age", attack}};
  const std::string form = survey_form_page(stored, state);
  BOOST_TEST(form.find("<script>") == std::string::npos);
  BOOST_TEST(count(form, ">" + escaped + "</textarea>") == 1u);
  BOOST_TEST(count(form, "name=\"code\" value=\"" + escaped + "\"") == 1u);

  state.draft.demographics.clear();
  const auto checked = check_response(stored.survey, state.draft, state.language);
  BOOST_TEST_REQUIRE(checked.response.has_value());
  const std::string review = survey_review_page(stored, state, *checked.response);
  BOOST_TEST(review.find("<script>") == std::string::npos);
  BOOST_TEST(count(review, "<i>" + escaped + "</i>") == 1u);
  BOOST_TEST(count(review, "name=\"motivation.opslag\" value=\"" + escaped + "\"") == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
