// The council report (core/report/council_report): the Súdwest-Fryslân survey with 160 constructed
// responses, weighted by area. The figures in the HTML must be the result's, rounded as shown;
// text from the definition is escaped; groups below the minimum are marked, not reported.
#include "core/report/council_report.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <regex>

#include "core/base/html_escape.hpp"
#include "core/report/number_text.hpp"
#include "core/report/representativeness_words.hpp"
#include "core/survey/survey_results.hpp"
#include "support/council_report_data.hpp"

using namespace mienskip;

namespace {

Survey energy() { return mienskip::test::energy_survey(); }
std::vector<ExportedResponse> responses() { return mienskip::test::energy_responses(160); }
Margins margins() { return mienskip::test::energy_margins(); }

struct Report {
  Survey survey = energy();
  std::vector<ExportedResponse> answers = responses();
  WeighingResult result;
  CouncilReportFacts facts;
  std::string html;

  Report() { build(); }
  void build() {
    ResultsOptions by_area;
    by_area.sample.by = council_report_domain(survey);
    result = weigh_survey_responses(survey, answers, margins(), by_area);
    facts = council_report_facts(answers, true, "2026-12-20T09:05:00Z");
    facts.municipality = "Súdwest-Fryslân";
    html = council_report_html(survey, result, facts);
  }
};

std::string nl(double value, int decimals) { return format_number(value, decimals, Language::nl); }

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

// The text between the first `from` and the next `to` after it.
std::string between(const std::string& text, const std::string& from, const std::string& to) {
  const auto start = text.find(from);
  BOOST_TEST_REQUIRE(start != std::string::npos, "missing: " << from);
  const auto end = text.find(to, start + from.size());
  BOOST_TEST_REQUIRE(end != std::string::npos, "missing after " << from << ": " << to);
  return text.substr(start + from.size(), end - start - from.size());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(council_report)

BOOST_AUTO_TEST_CASE(facts_come_from_the_stored_responses) {
  const auto answers = responses();
  const auto facts = council_report_facts(answers, false, "2026-12-20T09:05:00Z");
  BOOST_TEST(facts.responses == 160);
  BOOST_TEST(facts.first_response == "2026-11-25T08:15:00Z");
  BOOST_TEST(facts.last_response == "2026-11-28T19:15:00Z");
  BOOST_TEST(!facts.invitation_codes);
  BOOST_TEST(council_report_facts({}, true, "2026-12-20T09:05:00Z").first_response.empty());
  BOOST_TEST(council_report_file_name("energie", "2026-12-20T23:30:00Z") == "raadsrapport-energie-2026-12-21");
  BOOST_TEST(council_report_domain(energy()) == "area");
  BOOST_TEST(council_report_domain(Survey{}).empty());
}

BOOST_AUTO_TEST_CASE(every_result_in_the_tables_is_the_weighted_result_as_rounded) {
  const Report r;
  const auto& scenarios = r.result.estimates.scenarios;
  BOOST_TEST_REQUIRE(scenarios.size() == 6u);
  const std::string results = between(r.html, "<h2 id=\"resultaten\">", "</section>");
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const auto& e = scenarios[s];
    const std::string title = escape_html(r.survey.scenario(e.scenario)->title.nl);
    const std::string row = between(
        results, "<tr><td class=\"n\">" + std::to_string(s + 1) + "</td><th scope=\"row\">" + title + "</th>", "</tr>");
    const std::regex cells(R"(<td class="n">([^<]*)</td><td class="n">([^<]*)</td><td class="chart">.*</svg></td>)"
                           R"(<td class="n">([^<]*)</td><td class="n">([^<]*)</td>)");
    std::smatch found;
    BOOST_TEST_REQUIRE(std::regex_match(row, found, cells), row);
    BOOST_TEST(found[1].str() == nl(e.weighted_mean, 1));
    BOOST_TEST(found[2].str() == nl(e.ci95_low, 1) + " \xE2\x80\x93 " + nl(e.ci95_high, 1));
    BOOST_TEST(found[3].str() == nl(e.unweighted_mean, 1));
    BOOST_TEST(found[4].str() == format_percent(e.share_any_weighted, 0, Language::nl));
    // The chart says the same in its text alternative.
    BOOST_TEST(row.find("<desc id=\"gemiddelde-" + std::to_string(s + 1) + "-d\">Gewogen gemiddelde " +
                        nl(e.weighted_mean, 1) + " punten, 95%-interval " + nl(e.ci95_low, 1) + " tot " +
                        nl(e.ci95_high, 1)) != std::string::npos,
               row);
  }
  // Means differ from the unweighted ones somewhere, or the test would not tell them apart.
  BOOST_TEST(std::any_of(scenarios.begin(), scenarios.end(),
                         [](const ScenarioEstimate& e) { return nl(e.weighted_mean, 1) != nl(e.unweighted_mean, 1); }));
}

BOOST_AUTO_TEST_CASE(representativeness_shows_the_three_shares_and_the_sentences) {
  const Report r;
  const std::string section = between(r.html, "<h2 id=\"representativiteit\">", "</section>");
  const std::string by_area = between(r.html, "<h2 id=\"per-groep\">", "</section>");
  const auto labels = weighting_labels(r.survey);
  for (const auto& v : r.result.representativeness.variables) {
    if (v.variable == "area") {
      // The areas' shares stand once, next to their results, after the number of answers.
      BOOST_TEST(section.find("scope=\"rowgroup\">" + escape_html(labels.variable_name("area", Language::nl))) ==
                 std::string::npos);
      for (const auto& c : v.categories) {
        const std::string shares = "<td class=\"n\">" + format_percent(c.sample_share, 1, Language::nl) +
                                   "</td><td class=\"n\">" + format_percent(c.population_share, 1, Language::nl) +
                                   "</td><td class=\"n\">" + format_percent(c.weighted_share, 1, Language::nl) + "</td>";
        const std::string row = between(
            by_area, "<th scope=\"row\">" + escape_html(labels.category_label("area", c.category, Language::nl)) + "</th>",
            "</tr>");
        BOOST_TEST(row.find(shares) != std::string::npos, row);
      }
      continue;
    }
    BOOST_TEST(section.find("<th colspan=\"5\" scope=\"rowgroup\">" +
                            escape_html(labels.variable_name(v.variable, Language::nl)) + "</th>") !=
               std::string::npos);
    for (const auto& c : v.categories) {
      const std::string row =
          "<th scope=\"row\">" + escape_html(labels.category_label(v.variable, c.category, Language::nl)) +
          "</th><td class=\"n\">" + nl(static_cast<double>(c.respondents), 0) + "</td><td class=\"n\">" +
          format_percent(c.sample_share, 1, Language::nl) + "</td><td class=\"n\">" +
          format_percent(c.population_share, 1, Language::nl) + "</td><td class=\"n\">" +
          format_percent(c.weighted_share, 1, Language::nl) + "</td></tr>";
      BOOST_TEST(section.find(row) != std::string::npos, row);
    }
  }
  // The report tells the largest difference in a sentence; the table shows the rest.
  const auto words = representativeness_words(r.result, labels, 1);
  BOOST_TEST_REQUIRE(words.nl.size() >= 2u);
  for (const auto& sentence : words.nl)
    BOOST_TEST(section.find("<li>" + escape_html(sentence) + "</li>") != std::string::npos);
  // Gender "anders" is 5% of the responses and 0,7% of the population: told, and bold in its table.
  BOOST_TEST(section.find("<tr class=\"notable\"><th scope=\"row\">Anders</th>") != std::string::npos);
  BOOST_TEST(r.html.find("158 antwoorden") != std::string::npos);  // two declined their age
  BOOST_TEST(r.html.find("van 25 november tot en met 28 november 2026") != std::string::npos);
  BOOST_TEST(r.html.find("gemaakt op 20 december 2026, 10:05") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(areas_below_the_minimum_are_marked_not_reported) {
  const Report r;
  const std::string section = between(r.html, "<h2 id=\"per-groep\">", "</section>");
  BOOST_TEST_REQUIRE(r.result.estimates.domains.size() == 8u);
  long marked = 0;
  for (const auto& d : r.result.estimates.domains) {
    const std::string label = escape_html(weighting_labels(r.survey).category_label("area", d.domain, Language::nl));
    const std::string row = between(section, "<th scope=\"row\">" + label + "</th>", "</tr>");
    BOOST_TEST(row.rfind("<td class=\"n\">" + std::to_string(d.respondents) + "</td>", 0) == 0u, row);
    if (d.suppressed) {
      ++marked;
      BOOST_TEST(row.find(">te weinig antwoorden</td>") != std::string::npos, row);
    } else {
      BOOST_TEST(row.find("te weinig") == std::string::npos, row);
      for (double mean : d.weighted_mean)
        BOOST_TEST(row.find("<td class=\"n\">" + nl(mean, 1) + "</td>") != std::string::npos);
    }
  }
  BOOST_TEST(marked == 7);
  BOOST_TEST(r.result.estimates.domains.front().domain == "snits");
  BOOST_TEST(!r.result.estimates.domains.front().suppressed);
  // 96 answers from Sneek, one of them without an age.
  BOOST_TEST(section.find("<th scope=\"row\">Sneek</th><td class=\"n\">95</td>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(text_from_the_definition_is_escaped) {
  Report r;
  r.survey.title.nl = "Energie <script>alert(\"x\")</script> & co";
  r.survey.scenarios[1].title.nl = "Inwoners <b>doen</b> het 'zelf'";
  r.survey.demographics[3].options[0].label.nl = "Sneek <img src=x onerror=alert(1)>";
  r.survey.demographics[0].label.nl = "Leeftijd & \"groep\"";
  r.facts.municipality = "<i>gemeente</i>";
  r.html = council_report_html(r.survey, r.result, r.facts);
  BOOST_TEST(r.html.find("<script") == std::string::npos);
  BOOST_TEST(r.html.find("<img") == std::string::npos);
  BOOST_TEST(r.html.find("<b>doen") == std::string::npos);
  BOOST_TEST(r.html.find("<i>gemeente") == std::string::npos);
  BOOST_TEST(
      r.html.find("<title>Raadsrapport: Energie &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</title>") !=
      std::string::npos);
  BOOST_TEST(r.html.find("Inwoners &lt;b&gt;doen&lt;/b&gt; het &#39;zelf&#39;") != std::string::npos);
  BOOST_TEST(r.html.find("Sneek &lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  BOOST_TEST(r.html.find("scope=\"rowgroup\">Leeftijd &amp; &quot;groep&quot;</th>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_document_stands_alone_and_every_chart_has_a_text_alternative) {
  const Report r;
  BOOST_TEST(r.html.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0u);
  BOOST_TEST(r.html.find("@page { size: A4") != std::string::npos);
  for (const char* outside : {"<script", "<link", "src=", "http://", "https://", "url(", "@import"}) {
    BOOST_TEST(r.html.find(outside) == std::string::npos, outside);
  }
  // A chart per scenario, in its row of the results table, with its figures beside it.
  BOOST_TEST(occurrences(r.html, "<svg ") == 6u);
  BOOST_TEST(occurrences(r.html, "<title id=") == 6u);
  BOOST_TEST(occurrences(r.html, "<desc id=") == 6u);
  // Raking without bounds, told in the method.
  BOOST_TEST(r.html.find("De gewichten zijn niet begrensd") != std::string::npos);
  BOOST_TEST(r.html.find("Inwoners van Súdwest-Fryslân kregen een uitnodiging met een persoonlijke code") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_summary_says_whether_the_lead_is_more_than_chance) {
  Report r;
  const std::string summary = between(r.html, "<h2 id=\"kort\">", "</section>");
  // Scenario 6 far ahead of scenario 1.
  BOOST_TEST(summary.find("de meeste punten aan scenario 6 \xE2\x80\x98"
                          "Energieleverancier van Nederland worden\xE2\x80\x99: " +
                          nl(r.result.estimates.scenarios[5].weighted_mean, 1)) != std::string::npos,
             summary);
  BOOST_TEST(summary.find("dat verschil is groter dan de onzekerheid") != std::string::npos, summary);
  // Half a standard error behind: that could be chance.
  auto& e = r.result.estimates;
  auto& pair = e.pairwise[4];  // scenario 1 against scenario 6: pairs run (1,2), ..., (1,6), (2,3), ...
  BOOST_TEST_REQUIRE(pair.a == e.scenarios[0].scenario);
  BOOST_TEST_REQUIRE(pair.b == e.scenarios[5].scenario);
  e.scenarios[0].weighted_mean = e.scenarios[5].weighted_mean - 0.5 * pair.se;
  pair.difference = -0.5 * pair.se;
  pair.ci95_low = pair.difference - z95 * pair.se;
  pair.ci95_high = pair.difference + z95 * pair.se;
  r.html = council_report_html(r.survey, r.result, r.facts);
  BOOST_TEST(
      between(r.html, "<h2 id=\"kort\">", "</section>").find("dat verschil is zo klein dat het toeval kan zijn") !=
      std::string::npos);
}

BOOST_AUTO_TEST_CASE(bounds_are_told_when_the_weights_were_bounded) {
  Report r;
  ResultsOptions bounded;
  bounded.sample.by = "area";
  bounded.weighing.bounds = WeightBounds{0.1, 3};
  r.result = weigh_survey_responses(r.survey, r.answers, margins(), bounded);
  r.html = council_report_html(r.survey, r.result, r.facts);
  BOOST_TEST(r.html.find("De gewichten zijn begrensd tussen 0,10 en 3,00 keer het gemiddelde gewicht") !=
             std::string::npos);
  BOOST_TEST(r.html.find("begrensde raking") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
