// The page templates (server/templates/*.mustache): escaped by default, raw only where the code
// inserts HTML it rendered itself, partials from the same embedded set, faults found at startup.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "app/templates/page_template.hpp"
#include "web/public/resident_page.hpp"

using namespace mienskip;
using namespace mienskip::app;
using namespace mienskip::web;
using nlohmann::json;

BOOST_AUTO_TEST_SUITE(page_template)

BOOST_AUTO_TEST_CASE(the_embedded_templates_parse_and_name_only_partials_that_exist) {
  BOOST_CHECK_NO_THROW(check_page_templates());
  BOOST_TEST(embedded_page_templates().size() > 10u);
}

BOOST_AUTO_TEST_CASE(a_missing_partial_or_a_broken_template_is_found) {
  BOOST_CHECK_THROW(check_page_templates({{"page.mustache", "<p>{{> nowhere}}</p>"}}), std::logic_error);
  BOOST_CHECK_THROW(check_page_templates({{"page.mustache", "{{#open}}never closed"}}), std::logic_error);
  BOOST_CHECK_NO_THROW(check_page_templates({{"page.mustache", "{{> part}}"}, {"part.mustache", "{{x}}"}}));
  BOOST_CHECK_THROW(render_page_template("no_such_template", json::object()), std::logic_error);
}

BOOST_AUTO_TEST_CASE(values_are_escaped_as_html) {
  BOOST_TEST(render_page_template("hidden_field", {{"name", "a\"b"}, {"value", "<x> & 'y'"}}) ==
             R"(<input type="hidden" name="a&quot;b" value="&lt;x&gt; &amp; &#39;y&#39;">)");
}

BOOST_AUTO_TEST_CASE(a_partial_renders_with_the_data_around_it) {
  BOOST_TEST(render_page_template("field_error", {{"id", "code"}, {"error", "Vul <de> code in."}}) ==
             R"(<p class="utrecht-form-field-error-message" id="code-error">Vul &lt;de&gt; code in.</p>)");
  BOOST_TEST(render_page_template("field_error", {{"id", "code"}, {"error", false}}) == "");
}

BOOST_AUTO_TEST_CASE(the_frame_inserts_the_rendered_main_as_it_is_and_escapes_everything_else) {
  ResidentPage page;
  page.language = Language::fy;
  page.title = "Fragen & <antwurden>";
  page.languages = language_links(Language::fy, "/s/a\"b");
  page.main = "<h1 class=\"utrecht-heading-1\">Hoi</h1>";
  const std::string html = resident_page(page);
  BOOST_TEST(html.rfind("<!DOCTYPE html>\n<html lang=\"fy\"", 0) == 0u);
  BOOST_TEST(html.find("<title>Fragen &amp; &lt;antwurden&gt;</title>") != std::string::npos);
  BOOST_TEST(html.find("<main id=\"inhoud\" class=\"mienskip-main\" tabindex=\"-1\">\n<h1 class=\"utrecht-heading-1\">Hoi</h1>") !=
             std::string::npos);
  BOOST_TEST(html.find(">Nei de ynhâld</a>") != std::string::npos);
  BOOST_TEST(html.find("<nav aria-label=\"Taal\">") != std::string::npos);
  BOOST_TEST(html.find("<li><a class=\"utrecht-link\" lang=\"fy\" hreflang=\"fy\" href=\"/s/a&quot;b?lang=fy\" "
                       "aria-current=\"true\">Frysk</a></li>") != std::string::npos);
  BOOST_TEST(html.find("survey.js") == std::string::npos);
  BOOST_TEST(html.find("Voorbeeld") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_preview_frame_has_the_banner_and_inert_language_choices) {
  ResidentPage page;
  page.title = "t";
  page.languages = language_links(Language::nl, "/s/x", true);
  page.preview = true;
  page.survey_script = true;
  const std::string links = resident_page(page);
  BOOST_TEST(links.find("<strong>Voorbeeld</strong>") != std::string::npos);
  BOOST_TEST(links.find("href=\"/s/x") == std::string::npos);
  BOOST_TEST(links.find("lang=\"en\" hreflang=\"en\" aria-disabled=\"true\">English</a>") != std::string::npos);
  BOOST_TEST(links.find("<script src=\"/static/survey.js\" defer></script>") != std::string::npos);
  page.languages = language_buttons(Language::en, true);
  const std::string buttons = resident_page(page);
  BOOST_TEST(buttons.find("name=\"switch_lang\" value=\"en\" lang=\"en\" aria-current=\"true\" disabled>English</button>") !=
             std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
