// A staff preview of the survey pages, rendered by the code that renders the residents' pages:
// everything from the definition escaped, nothing on it able to send anything.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "core/survey/survey_definition.hpp"
#include "support/scratch.hpp"
#include "support/server_process.hpp"
#include "web/public/survey_pages.hpp"

using namespace mienskip;
using namespace mienskip::web;

namespace {

store::StoredSurvey survey_titled(const std::string& title) {
  auto definition = nlohmann::json::parse(
      mienskip::test::read_text(mienskip::test::source_path("survey-templates/sudwest-fryslan-energiestrategie.json")));
  for (const char* language : {"nl", "fy", "en"}) definition["title"][language] = title;
  store::StoredSurvey stored;
  stored.slug = "energie";
  stored.survey = checked_survey_definition(definition);
  stored.open = false;  // a preview shows the survey as it will be once open
  return stored;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(survey_preview)

BOOST_AUTO_TEST_CASE(the_form_escapes_the_definition_and_can_send_nothing) {
  const auto stored = survey_titled("<script>alert('x')</script> & \"co\"");
  for (Language language : {Language::nl, Language::fy, Language::en}) {
    const std::string html = survey_preview_page(stored, language, PreviewPage::form);
    BOOST_TEST(html.find("<script>alert") == std::string::npos);
    BOOST_TEST(count(html, "<h1 class=\"utrecht-heading-1\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</h1>") == 1u);
    BOOST_TEST(html.find("<form id=\"survey\" data-preview novalidate data-budget=\"100\"") != std::string::npos);
    BOOST_TEST(html.find("method=\"post\"") == std::string::npos);
    // The review and save buttons, the hidden default button and the three language buttons.
    BOOST_TEST(count(html, " disabled>") == 6u);
    BOOST_TEST(count(html, "<strong>Voorbeeld</strong>") == 1u);
    BOOST_TEST(count(html, "<section class=\"mienskip-scenario\"") == 6u);
  }
}

BOOST_AUTO_TEST_CASE(the_start_and_thanks_pages_in_each_language) {
  const auto stored = survey_titled("Energie");
  const std::string start = survey_preview_page(stored, Language::fy, PreviewPage::start);
  BOOST_TEST(start.find("<html lang=\"fy\"") != std::string::npos);
  BOOST_TEST(start.find("<label class=\"utrecht-form-label\" for=\"code\">Jo koade</label>") != std::string::npos);
  BOOST_TEST(start.find("<form data-preview novalidate>") != std::string::npos);
  BOOST_TEST(count(start, "aria-disabled=\"true\"") == 3u);
  const std::string thanks = survey_preview_page(stored, Language::en, PreviewPage::thanks);
  BOOST_TEST(thanks.find("<title>Thank you!</title>") != std::string::npos);
  BOOST_TEST(count(thanks, "<h1 class=\"utrecht-heading-1\">Thank you!</h1>") == 1u);
  BOOST_TEST(count(thanks, "<p class=\"utrecht-paragraph\">Thank you for taking part! The municipal council") == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
