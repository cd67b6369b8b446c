// The council report's page (app/council_report_view, server/templates/council_report*.mustache):
// the model laid out as one self-contained document, every text from the definition escaped.
#include <boost/test/unit_test.hpp>

#include "app/council_report_view.hpp"
#include "core/survey/survey_results.hpp"
#include "support/council_report_data.hpp"

using namespace mienskip;

namespace {

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(council_report_page)

BOOST_AUTO_TEST_CASE(the_page_shows_the_model_escaped_and_stands_alone) {
  Survey survey = mienskip::test::energy_survey();
  survey.title.nl = "Energie <script>alert(\"x\")</script> & co";
  survey.scenarios[1].title.nl = "Inwoners <b>doen</b> het 'zelf'";
  survey.demographics[3].options[0].label.nl = "Sneek <iframe onload=alert(1)>";
  survey.demographics[0].label.nl = "Leeftijd & \"groep\"";
  const auto answers = mienskip::test::energy_responses(160);
  ResultsOptions by_area;
  by_area.sample.by = council_report_domain(survey);
  const auto result = weigh_survey_responses(survey, answers, mienskip::test::energy_margins(), by_area);
  auto facts = council_report_facts(answers, true, "2026-12-20T09:05:00Z");
  facts.municipality = "<i>gemeente</i>";
  const CouncilReport report = council_report(survey, result, facts);
  const std::string html = app::council_report_html(report);

  BOOST_TEST(html.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0u);
  BOOST_TEST(html.find("{{") == std::string::npos);
  BOOST_TEST(html.find("}}") == std::string::npos);
  // Escaped wherever the definition's text appears: title, heading, table rows, method.
  BOOST_TEST(html.find("<iframe") == std::string::npos);
  BOOST_TEST(html.find("<b>doen") == std::string::npos);
  BOOST_TEST(html.find("<i>gemeente") == std::string::npos);
  BOOST_TEST(
      html.find("<title>Raadsrapport: Energie &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</title>") !=
      std::string::npos);
  BOOST_TEST(occurrences(html, "Energie &lt;script&gt;") == 2u);  // the title and the heading
  BOOST_TEST(html.find("<th scope=\"row\">Inwoners &lt;b&gt;doen&lt;/b&gt; het &#39;zelf&#39;</th>") !=
             std::string::npos);
  BOOST_TEST(html.find("<th scope=\"row\">Sneek &lt;iframe onload=alert(1)&gt;</th>") != std::string::npos);
  BOOST_TEST(html.find("scope=\"rowgroup\">Leeftijd &amp; &quot;groep&quot;</th>") != std::string::npos);
  BOOST_TEST(html.find("Inwoners van &lt;i&gt;gemeente&lt;/i&gt; kregen een uitnodiging") != std::string::npos);

  // Nothing to fetch, nothing to run: the A4 rules and the charts are inline.
  BOOST_TEST(html.find("@page { size: A4") != std::string::npos);
  for (const char* outside : {"<script", "<link", "src=", "http://", "https://", "url(", "@import"}) {
    BOOST_TEST(html.find(outside) == std::string::npos, outside);
  }
  for (const char* heading :
       {"<h2 id=\"kort\">In het kort</h2>", "<h2 id=\"resultaten\">Resultaten</h2>", "<h2 id=\"methode\">Methode</h2>",
        "<h2 id=\"respons\">Respons</h2>", "<h2 id=\"representativiteit\">Representativiteit</h2>",
        "<h2 id=\"per-groep\">Resultaten per antwoord op \xE2\x80\x98"}) {
    BOOST_TEST(html.find(heading) != std::string::npos, heading);
  }
  // A chart per scenario, with its figures as its text alternative.
  BOOST_TEST(occurrences(html, "<svg ") == 6u);
  BOOST_TEST(occurrences(html, "<title id=") == 6u);
  const auto& first = report.results.rows.front();
  BOOST_TEST(html.find("<desc id=\"gemiddelde-1-d\">Gewogen gemiddelde " + first.weighted_mean +
                       " punten, 95%-interval " + first.ci95_low + " tot " + first.ci95_high +
                       ", op een schaal van 0 tot " + report.results.axis_max + " punten.</desc>") !=
             std::string::npos);
  // The decisions as sentences: the lead is clear, the scenarios differ, 158 of 160 counted, seven
  // areas too small; the interval states its assumption.
  BOOST_TEST(html.find("Met de onzekerheid van alle scenario\xE2\x80\x99s samen meegerekend staat het met 95% betrouwbaarheid op de "
                       "eerste plaats.</li>") !=
             std::string::npos);
  BOOST_TEST(html.find("De scenario\xE2\x80\x99s krijgen waarschijnlijk niet allemaal even veel punten: verschillen als deze "
                       "zijn bij toeval onwaarschijnlijk (Wald-toets, p&nbsp;&lt;\u00A00,001).</li>") != std::string::npos);
  BOOST_TEST(html.find("gaat ervan uit dat wie meedeed binnen de groepen waarop gewogen is net zo denkt als wie niet "
                       "meedeed") != std::string::npos);
  BOOST_TEST(html.find("corrigeert") == std::string::npos);
  for (const auto& row : report.results.rows) {
    BOOST_TEST(html.find("</td><td class=\"n\">" + row.rank + "</td><td class=\"n\">" + row.unweighted_mean) !=
               std::string::npos, row.title);
  }
  BOOST_TEST(html.find("Alle antwoorden tellen mee in de gewogen resultaten. 2 deelnemers sloegen een vraag over waarop "
                       "gewogen is of zeiden het liever niet (\xE2\x80\x98Leeftijd &amp; &quot;groep&quot;\xE2\x80\x99: 2). "
                       "Wie dat deed, telt mee, gewogen op de vragen die wel beantwoord zijn; aangenomen is dat wie een "
                       "vraag oversloeg daarop verdeeld is zoals de bevolking.") != std::string::npos);
  BOOST_TEST(html.find("<tr class=\"notable\"><th scope=\"row\">Anders</th>") != std::string::npos);
  BOOST_TEST(occurrences(html, ">te weinig antwoorden</td>") == 7u);
  BOOST_TEST(
      html.find("gewogen naar de bevolkingscijfers voor \xE2\x80\x98Leeftijd &amp; &quot;groep&quot;\xE2\x80\x99, ") !=
      std::string::npos);
}

// Issue 19: for a survey anyone could fill in, the report says that taking part was a choice and
// that weighting cannot undo that; with personal codes the sentence would claim too much.
BOOST_AUTO_TEST_CASE(an_open_survey_says_that_respondents_chose_to_take_part) {
  const Survey survey = mienskip::test::energy_survey();
  const auto answers = mienskip::test::energy_responses(160);
  const auto result = weigh_survey_responses(survey, answers, mienskip::test::energy_margins(), {});
  const std::string self_selected = "Wie meedeed, koos daar zelf voor";
  const std::string open = app::council_report_html(council_report(survey, result, council_report_facts(answers, false, "")));
  BOOST_TEST(open.find(self_selected) != std::string::npos);
  BOOST_TEST(open.find("ook na weging") != std::string::npos);
  const std::string invited = app::council_report_html(council_report(survey, result, council_report_facts(answers, true, "")));
  BOOST_TEST(invited.find(self_selected) == std::string::npos);
}

// Issue 19: when the data allow more than one scenario in first or last place, the summary says
// so and names them, in one sentence with "en" before the last.
BOOST_AUTO_TEST_CASE(the_summary_names_every_scenario_that_could_be_first_or_last) {
  const Survey survey = mienskip::test::energy_survey();
  const auto answers = mienskip::test::energy_responses(160);
  auto result = weigh_survey_responses(survey, answers, mienskip::test::energy_margins(), {});
  auto& estimates = result.estimates;
  for (std::size_t s = 0; s < 6; ++s) estimates.scenarios[s].weighted_mean = 30 - 2.0 * static_cast<double>(s);
  estimates.ranking.ranks = {{1, 3}, {1, 3}, {1, 4}, {3, 6}, {4, 6}, {5, 6}};
  estimates.ranking.equal_means.p_value = 0.2;
  const auto facts = council_report_facts(answers, true, "");
  const std::string html = app::council_report_html(council_report(survey, result, facts));
  BOOST_TEST(html.find("Of het echt de eerste plaats heeft, is niet zeker: scenario 2 \xE2\x80\x98") != std::string::npos);
  BOOST_TEST(html.find("(28,0 punten) en scenario 3 \xE2\x80\x98") != std::string::npos);
  BOOST_TEST(html.find("(26,0 punten) kunnen ook eerste zijn.</li>") != std::string::npos);
  BOOST_TEST(html.find("Maar scenario 4 \xE2\x80\x98") != std::string::npos);
  BOOST_TEST(html.find("(24,0 punten) en scenario 5 \xE2\x80\x98") != std::string::npos);
  BOOST_TEST(html.find("(22,0 punten) kunnen ook de laatste plaats hebben.</li>") != std::string::npos);
  BOOST_TEST(html.find("de verschillen kunnen toeval zijn (Wald-toets, p&nbsp;=\u00A00,20).</li>") != std::string::npos);
  BOOST_TEST(html.find("met 95% betrouwbaarheid op de") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
