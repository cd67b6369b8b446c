// The council report as values (core/report/council_report): the Súdwest-Fryslân survey with 160
// constructed responses, weighted by area. Every figure the report shows must be the result's,
// rounded as shown; groups below the minimum are marked, not reported; the sentences chosen are
// the ones the figures call for. How the page lays these out is council_report_page_test's.
#include "core/report/council_report.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <numeric>

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
  CouncilReport report;

  Report() {
    ResultsOptions by_area;
    by_area.sample.by = council_report_domain(survey);
    result = weigh_survey_responses(survey, answers, margins(), by_area);
    facts = council_report_facts(answers, true, "2026-12-20T09:05:00Z");
    facts.municipality = "Súdwest-Fryslân";
    rebuild();
  }
  void rebuild() { report = council_report(survey, result, facts); }
};

std::string nl(double value, int decimals) { return format_number(value, decimals, Language::nl); }
std::string share(double value) { return format_percent(value, 1, Language::nl); }

const DomainRow& domain_row(const ReportDomains& domains, const std::string& label) {
  const auto found =
      std::find_if(domains.rows.begin(), domains.rows.end(), [&](const DomainRow& row) { return row.label == label; });
  BOOST_TEST_REQUIRE((found != domains.rows.end()), "no row " << label);
  return *found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(council_report_model)

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

BOOST_AUTO_TEST_CASE(the_period_is_written_once_per_year_and_once_for_one_day) {
  CouncilReportFacts facts;
  BOOST_TEST(!report_period(facts, Language::nl).known);
  facts.first_response = "2026-11-25T08:15:00Z";
  facts.last_response = "2026-11-28T19:15:00Z";
  auto period = report_period(facts, Language::nl);
  BOOST_TEST(period.known);
  BOOST_TEST(!period.one_day);
  BOOST_TEST(period.from == "25 november");  // the year once
  BOOST_TEST(period.to == "28 november 2026");
  facts.last_response = "2026-11-25T22:59:00Z";  // 23:59 in Sneek
  period = report_period(facts, Language::nl);
  BOOST_TEST(period.one_day);
  BOOST_TEST(period.to == "25 november 2026");
  facts.first_response = "2026-12-30T08:15:00Z";
  facts.last_response = "2027-01-02T20:15:00Z";
  period = report_period(facts, Language::nl);
  BOOST_TEST(period.from == "30 december 2026");
  BOOST_TEST(period.to == "2 januari 2027");
  BOOST_TEST(report_period(facts, Language::fy).to == "2 jannewaris 2027");
  BOOST_TEST(report_period(facts, Language::en).from == "30 December 2026");
}

BOOST_AUTO_TEST_CASE(the_header_and_the_response_come_from_the_facts) {
  const Report r;
  BOOST_TEST(r.report.title == r.survey.title.nl);
  BOOST_TEST(r.report.municipality == "Súdwest-Fryslân");
  BOOST_TEST(r.report.generated_at == "20 december 2026, 10:05");  // Dutch time
  BOOST_TEST(r.report.budget == "100");
  const auto& response = r.report.response;
  BOOST_TEST(response.responses == "160");
  BOOST_TEST(response.period.from == "25 november");
  BOOST_TEST(response.period.to == "28 november 2026");
  // Two declined their age: kept, and the report says how they were weighted.
  BOOST_TEST(response.all_counted);
  BOOST_TEST(response.counted == "160");
  BOOST_TEST(response.kept == "2");
  BOOST_TEST(!response.one_kept);
  BOOST_TEST_REQUIRE(response.skipped.size() == 1u);
  BOOST_TEST(response.skipped[0].count == "2");
  BOOST_TEST(response.skipped[0].question == r.report.method.variables[0]);

  Report open;
  open.facts = council_report_facts(open.answers, false, "");
  open.rebuild();
  BOOST_TEST(open.report.municipality.empty());
  BOOST_TEST(open.report.generated_at.empty());
  BOOST_TEST(!open.report.method.invitation_codes);
  BOOST_TEST(r.report.method.invitation_codes);
}

BOOST_AUTO_TEST_CASE(one_response_kept_is_told_as_one_and_dropping_is_told_too) {
  const auto answers = mienskip::test::energy_responses(50);  // only response 17 declines its age
  ResultsOptions by_area;
  by_area.sample.by = "area";
  const auto result = weigh_survey_responses(energy(), answers, margins(), by_area);
  const auto report = council_report(energy(), result, council_report_facts(answers, true, "2026-12-20T09:05:00Z"));
  BOOST_TEST(report.response.one_kept);
  BOOST_TEST(report.response.kept == "1");
  BOOST_TEST(report.response.counted == "50");
  ResultsOptions dropping = by_area;
  dropping.sample.missing = MissingAnswers::drop;
  const auto dropped = council_report(energy(), weigh_survey_responses(energy(), answers, margins(), dropping),
                                      council_report_facts(answers, true, "2026-12-20T09:05:00Z"));
  BOOST_TEST(!dropped.response.all_counted);
  BOOST_TEST(dropped.response.one_dropped);
  BOOST_TEST(dropped.response.dropped == "1");
  BOOST_TEST(dropped.response.counted == "49");
  BOOST_TEST(dropped.response.kept.empty());
  // No area has 50 answers: none is reported, so no margin is told.
  BOOST_TEST_REQUIRE(report.domains.has_value());
  BOOST_TEST(report.domains->widest_margin.empty());
  for (const auto& row : report.domains->rows) BOOST_TEST(row.too_few, row.label);
}

BOOST_AUTO_TEST_CASE(every_result_in_the_tables_is_the_weighted_result_as_rounded) {
  const Report r;
  const auto& scenarios = r.result.estimates.scenarios;
  const auto& rows = r.report.results.rows;
  BOOST_TEST_REQUIRE(scenarios.size() == 6u);
  BOOST_TEST_REQUIRE(rows.size() == 6u);
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const auto& e = scenarios[s];
    const auto& row = rows[s];
    BOOST_TEST(row.number == static_cast<int>(s + 1));
    BOOST_TEST(row.title == r.survey.scenario(e.scenario)->title.nl);
    BOOST_TEST(row.weighted_mean == nl(e.weighted_mean, 1));
    BOOST_TEST(row.ci95_low == nl(e.ci95_low, 1));
    BOOST_TEST(row.ci95_high == nl(e.ci95_high, 1));
    BOOST_TEST(row.unweighted_mean == nl(e.unweighted_mean, 1));
    // The spread: whole percentages of the shares and their intervals; none is 1 - gave any.
    const auto& shares = r.result.estimates.shares[s];
    BOOST_TEST_REQUIRE(row.none.has_value());
    BOOST_TEST(row.none->share == format_percent(shares.none.share, 0, Language::nl));
    BOOST_TEST(std::fabs(shares.none.share - (1 - e.share_any_weighted)) < 1e-12);
    BOOST_TEST(row.none->low == nl(100 * shares.none.ci95_low, 0));
    BOOST_TEST(row.half->share == format_percent(shares.half.share, 0, Language::nl));
    BOOST_TEST(row.half->high == nl(100 * shares.half.ci95_high, 0));
    BOOST_TEST(row.first->share == format_percent(shares.first.share, 0, Language::nl));
    BOOST_TEST(row.first->low == nl(100 * shares.first.ci95_low, 0));
  }
  // Means differ from the unweighted ones somewhere, or the test would not tell them apart.
  BOOST_TEST(std::any_of(rows.begin(), rows.end(),
                         [](const ScenarioResultRow& row) { return row.weighted_mean != row.unweighted_mean; }));
}

BOOST_AUTO_TEST_CASE(a_chart_draws_the_mean_and_its_interval_on_the_scale) {
  const Report r;
  // The highest interval end rounded up to tens.
  double top = 0;
  for (const auto& e : r.result.estimates.scenarios) top = std::max(top, e.ci95_high);
  const double axis_max = 10 * std::ceil(top / 10);
  BOOST_TEST(mean_axis_max(r.survey, r.result) == axis_max);
  BOOST_TEST(r.report.results.axis_max == nl(axis_max, 0));
  BOOST_TEST(r.report.results.view_box == "0 0 150.0 18.0");
  // 0 is 2 from the left edge, the maximum 2 from the right: 146 wide.
  ScenarioEstimate e;
  e.weighted_mean = 25;
  e.ci95_low = 20;
  e.ci95_high = 60;  // beyond the scale: drawn to its end
  const auto chart = chart_geometry(e, 50);
  BOOST_TEST(chart.zero == "2.0");
  BOOST_TEST(chart.bar_width == "73.0");
  BOOST_TEST(chart.low == "60.4");
  BOOST_TEST(chart.high == "148.0");
  BOOST_TEST(mean_axis_max(r.survey, WeighingResult{}) == 10.0);
}

BOOST_AUTO_TEST_CASE(representativeness_shows_the_three_shares_and_the_sentences) {
  const Report r;
  const auto& section = r.report.representativeness;
  const auto labels = weighting_labels(r.survey);
  BOOST_TEST_REQUIRE(r.report.domains.has_value());
  std::vector<std::string> groups;
  for (const auto& group : section.groups) groups.push_back(group.name);
  // The areas' shares stand once, next to their results.
  BOOST_TEST((groups == std::vector<std::string>{labels.variable_name("age", Language::nl),
                                                 labels.variable_name("gender", Language::nl),
                                                 labels.variable_name("education", Language::nl)}));
  BOOST_TEST(section.in_domain_table == labels.variable_name("area", Language::nl));
  for (const auto& v : r.result.representativeness.variables) {
    if (v.variable == "area") {
      for (const auto& c : v.categories) {
        const auto& row = domain_row(*r.report.domains, labels.category_label("area", c.category, Language::nl));
        BOOST_TEST_REQUIRE(row.shares.has_value());
        BOOST_TEST(row.shares->sample == share(c.sample_share));
        BOOST_TEST(row.shares->population == share(c.population_share));
        BOOST_TEST(row.shares->weighted == share(c.weighted_share));
      }
      continue;
    }
    const auto group = std::find_if(section.groups.begin(), section.groups.end(), [&](const ComparisonGroup& g) {
      return g.name == labels.variable_name(v.variable, Language::nl);
    });
    BOOST_TEST_REQUIRE((group != section.groups.end()));
    BOOST_TEST_REQUIRE(group->rows.size() == v.categories.size());
    for (std::size_t i = 0; i < v.categories.size(); ++i) {
      const auto& c = v.categories[i];
      const auto& row = group->rows[i];
      BOOST_TEST(row.label == labels.category_label(v.variable, c.category, Language::nl));
      BOOST_TEST(row.respondents == nl(static_cast<double>(c.respondents), 0));
      BOOST_TEST(row.shares.sample == share(c.sample_share));
      BOOST_TEST(row.shares.population == share(c.population_share));
      BOOST_TEST(row.shares.weighted == share(c.weighted_share));
      BOOST_TEST(row.notable == noticeably_different(c));
    }
  }
  // The report tells the largest difference in a sentence; the table shows the rest.
  const auto words = representativeness_words(r.result, labels, 1);
  BOOST_TEST_REQUIRE(words.nl.size() >= 2u);
  BOOST_TEST(section.sentences == words.nl, boost::test_tools::per_element());
  // Gender "anders" is 5% of the responses and 0,7% of the population, and women are 3 points or more
  // off their share: both told, and bold in the table (issue 19's rule: 3 points or a standardised
  // difference of 0,1).
  const auto& gender = section.groups[1].rows;
  std::vector<std::string> bold;
  for (const auto& row : gender) {
    if (row.notable) bold.push_back(row.label);
  }
  BOOST_TEST((bold == std::vector<std::string>{"Vrouw", "Anders"}), gender.size());
  BOOST_TEST(section.noticeable_points == "3");
  BOOST_TEST(section.noticeable_standardised == "0,1");
}

BOOST_AUTO_TEST_CASE(areas_below_the_minimum_are_marked_not_reported) {
  const Report r;
  BOOST_TEST_REQUIRE(r.report.domains.has_value());
  const auto& domains = *r.report.domains;
  const auto labels = weighting_labels(r.survey);
  BOOST_TEST_REQUIRE(r.result.estimates.domains.size() == 8u);
  BOOST_TEST(domains.variable == labels.variable_name("area", Language::nl));
  BOOST_TEST(domains.with_shares);
  BOOST_TEST(domains.minimum == "50");
  BOOST_TEST(domains.scenarios == "6");
  long marked = 0;
  for (const auto& d : r.result.estimates.domains) {
    const auto& row = domain_row(domains, labels.category_label("area", d.domain, Language::nl));
    BOOST_TEST(row.respondents == std::to_string(d.respondents));
    BOOST_TEST(row.too_few == d.suppressed);
    if (d.suppressed) {
      ++marked;
      BOOST_TEST(row.means.empty());
    } else {
      BOOST_TEST_REQUIRE(row.means.size() == d.weighted_mean.size());
      for (std::size_t s = 0; s < d.weighted_mean.size(); ++s) BOOST_TEST(row.means[s].mean == nl(d.weighted_mean[s], 1));
    }
  }
  BOOST_TEST(marked == 7);
  BOOST_TEST(r.result.estimates.domains.front().domain == "snits");
  BOOST_TEST(!r.result.estimates.domains.front().suppressed);
  // 96 answers from Sneek, one of them without an age (kept); its margin is the one told.
  BOOST_TEST(domain_row(domains, "Sneek").respondents == "96");
  double widest = 0;
  const auto& sneek = r.result.estimates.domains.front();
  for (std::size_t s = 0; s < sneek.se.size(); ++s) widest = std::max(widest, sneek.t_quantile * sneek.se[s]);
  BOOST_TEST(sneek.t_quantile > z95);  // t on 95 degrees of freedom
  BOOST_TEST(domains.widest_margin == nl(widest, 1));
  // Every answer of the question, in its order; the first row is everyone.
  BOOST_TEST(domains.rows.size() == r.survey.question("area")->options.size());
  BOOST_TEST(domains.all.respondents == "160");
  BOOST_TEST_REQUIRE(domains.all.shares.has_value());
  BOOST_TEST(domains.all.shares->population == "100,0%");
  BOOST_TEST(domains.all.means.front().mean == r.report.results.rows.front().weighted_mean);
  // Group, count, three shares, six scenarios: the whole width.
  BOOST_TEST_REQUIRE(domains.column_widths.size() == 11u);
  BOOST_TEST(domains.column_widths.front() == "45.0");
  BOOST_TEST(domains.column_widths.back() == "4.7");  // 28% over six scenarios
}

BOOST_AUTO_TEST_CASE(a_domain_that_is_not_weighted_has_no_shares) {
  Report r;
  Margins without_area = margins();
  without_area.variables.pop_back();
  ResultsOptions by_area;
  by_area.sample.by = "area";
  r.result = weigh_survey_responses(r.survey, r.answers, without_area, by_area);
  r.rebuild();
  BOOST_TEST_REQUIRE(r.report.domains.has_value());
  BOOST_TEST(!r.report.domains->with_shares);
  BOOST_TEST(!r.report.domains->all.shares.has_value());
  for (const auto& row : r.report.domains->rows) BOOST_TEST(!row.shares.has_value());
  BOOST_TEST(r.report.domains->column_widths.size() == 8u);
  BOOST_TEST(r.report.domains->column_widths.front() == "50.0");
  BOOST_TEST(r.report.representativeness.in_domain_table.empty());
  BOOST_TEST(r.report.representativeness.groups.size() == 3u);
  BOOST_TEST(r.report.method.variables.size() == 3u);

  // Without a breakdown, no such section.
  r.result = weigh_survey_responses(r.survey, r.answers, margins(), ResultsOptions{});
  r.rebuild();
  BOOST_TEST(!r.report.domains.has_value());
  BOOST_TEST(r.report.representativeness.groups.size() == 4u);
}

BOOST_AUTO_TEST_CASE(text_from_the_definition_is_kept_as_written) {
  // Escaping is the template's (council_report_page_test): the values are the definition's text.
  Report r;
  r.survey.title.nl = "Energie <script>alert(\"x\")</script> & co";
  r.survey.scenarios[1].title.nl = "Inwoners <b>doen</b> het 'zelf'";
  r.survey.demographics[3].options[0].label.nl = "Sneek <img src=x onerror=alert(1)>";
  r.survey.demographics[0].label.nl = "Leeftijd & \"groep\"";
  r.rebuild();
  BOOST_TEST(r.report.title == "Energie <script>alert(\"x\")</script> & co");
  BOOST_TEST(r.report.results.rows[1].title == "Inwoners <b>doen</b> het 'zelf'");
  BOOST_TEST(r.report.domains->rows.front().label == "Sneek <img src=x onerror=alert(1)>");
  BOOST_TEST(r.report.representativeness.groups.front().name == "Leeftijd & \"groep\"");
  BOOST_TEST(r.report.method.variables.front() == "Leeftijd & \"groep\"");
}

BOOST_AUTO_TEST_CASE(the_method_names_the_weighting_and_whether_it_was_bounded) {
  const Report r;
  const auto& method = r.report.method;
  const auto labels = weighting_labels(r.survey);
  BOOST_TEST(method.scenarios == "6");
  BOOST_TEST((method.variables == std::vector<std::string>{labels.variable_name("age", Language::nl),
                                                           labels.variable_name("gender", Language::nl),
                                                           labels.variable_name("education", Language::nl),
                                                           labels.variable_name("area", Language::nl)}));
  // Raking without bounds: the lightest and heaviest weight instead.
  BOOST_TEST(!method.bounds.has_value());
  BOOST_TEST(method.lightest == nl(r.result.summary.min / r.result.summary.mean, 1));
  BOOST_TEST(method.heaviest == nl(r.result.summary.max / r.result.summary.mean, 1));
}

// Issue 19, item 7: margins whose totals disagree are rescaled, and the report says so; within
// half a percent they are one total in all but rounding, and nothing is said.
BOOST_AUTO_TEST_CASE(margins_with_different_totals_are_rescaled_and_the_report_says_so) {
  Report r;
  BOOST_TEST(r.report.method.rescaled.empty());
  Margins uneven = margins();
  for (double& count : uneven.variables.back().population) count *= 1.02;  // area: 2% more people
  ResultsOptions by_area;
  by_area.sample.by = "area";
  r.result = weigh_survey_responses(r.survey, r.answers, uneven, by_area);
  r.rebuild();
  BOOST_TEST(r.report.method.rescaled == "2,0%");
  BOOST_TEST(r.report.method.rescaled_to == weighting_labels(r.survey).variable_name("age", Language::nl));
  for (double& count : uneven.variables.back().population) count = count / 1.02 * 1.004;  // 0.4%: within
  r.result = weigh_survey_responses(r.survey, r.answers, uneven, by_area);
  r.rebuild();
  BOOST_TEST(r.report.method.rescaled.empty());
}

BOOST_AUTO_TEST_CASE(bounds_are_told_when_the_weights_were_bounded) {
  Report r;
  ResultsOptions bounded;
  bounded.sample.by = "area";
  bounded.weighing.bounds = WeightBounds{0.1, 3};
  r.result = weigh_survey_responses(r.survey, r.answers, margins(), bounded);
  r.rebuild();
  BOOST_TEST_REQUIRE(r.report.method.bounds.has_value());
  BOOST_TEST(r.report.method.bounds->lower == "0,10");
  BOOST_TEST(r.report.method.bounds->upper == "3,00");
}

// Issue 19: a scenario is called first (or last) beyond doubt only when its rank set is {1} (or
// {K}); otherwise the summary names every scenario that could take that place.
BOOST_AUTO_TEST_CASE(the_summary_calls_a_scenario_first_only_when_its_rank_set_is_one) {
  Report r;
  BOOST_TEST_REQUIRE(r.report.summary.has_value());
  const auto& summary = *r.report.summary;
  const auto& scenarios = r.result.estimates.scenarios;
  const auto& ranks = r.result.estimates.ranking.ranks;
  BOOST_TEST_REQUIRE(ranks.size() == 6u);
  // Scenario 6 far ahead: rank set {1}.
  BOOST_TEST(summary.most.number == 6);
  BOOST_TEST(summary.most.title == "Energieleverancier van Nederland worden");
  BOOST_TEST(summary.most.mean == nl(scenarios[5].weighted_mean, 1));
  BOOST_TEST(ranks[5].best == 1);
  BOOST_TEST(ranks[5].worst == 1);
  BOOST_TEST(summary.also_first.empty());
  BOOST_TEST_REQUIRE(summary.least.has_value());
  const auto fewest = std::min_element(scenarios.begin(), scenarios.end(),
                                       [](const auto& a, const auto& b) { return a.weighted_mean < b.weighted_mean; });
  const auto last = static_cast<std::size_t>(fewest - scenarios.begin());
  BOOST_TEST(summary.least->number == static_cast<int>(last + 1));
  // Whoever else could be last is named, and nobody whose rank set stops before 6.
  for (std::size_t s = 0; s < 6; ++s) {
    const bool named = std::any_of(summary.also_last.begin(), summary.also_last.end(),
                                   [&](const ScenarioMention& m) { return m.number == static_cast<int>(s + 1); });
    BOOST_TEST(named == (s != last && ranks[s].worst == 6), "scenario " << s + 1);
  }
  BOOST_TEST(summary.means_differ);
  BOOST_TEST(summary.p_value == "<\u00A00,001");

  // Two more scenarios may be first: both are named, highest mean first, and the rank column
  // shows the sets.
  auto& ranking = r.result.estimates.ranking;
  ranking.ranks[0] = {1, 3};
  ranking.ranks[2] = {1, 4};
  ranking.ranks[5] = {1, 2};
  ranking.equal_means.p_value = 0.31;
  r.rebuild();
  const auto& open = *r.report.summary;
  BOOST_TEST_REQUIRE(open.also_first.size() == 2u);
  const bool first_higher = scenarios[0].weighted_mean >= scenarios[2].weighted_mean;
  BOOST_TEST(open.also_first[0].number == (first_higher ? 1 : 3));
  BOOST_TEST(open.also_first[1].number == (first_higher ? 3 : 1));
  BOOST_TEST(!open.means_differ);
  BOOST_TEST(open.p_value == "=\u00A00,31");
  BOOST_TEST(r.report.results.rows[0].rank == "1\u20133");
  BOOST_TEST(r.report.results.rows[5].rank == "1\u20132");

  // Without a ranking for every scenario nothing is told apart: every other scenario could be first.
  r.result.estimates.ranking.ranks.clear();
  r.rebuild();
  BOOST_TEST(r.report.summary->also_first.size() == 5u);
  BOOST_TEST(r.report.results.rows[1].rank == "1\u20136");
  // Two scenarios: no "fewest"; none: no summary.
  r.result.estimates.scenarios.resize(2);
  r.rebuild();
  BOOST_TEST(!r.report.summary->least.has_value());
  r.result.estimates.scenarios.clear();
  r.rebuild();
  BOOST_TEST(!r.report.summary.has_value());
}

BOOST_AUTO_TEST_CASE(p_values_are_written_as_a_council_reads_them) {
  BOOST_TEST(p_value_text(0.0004, Language::nl) == "<\u00A00,001");
  BOOST_TEST(p_value_text(0.031, Language::nl) == "=\u00A00,031");
  BOOST_TEST(p_value_text(0.3149, Language::nl) == "=\u00A00,31");
  BOOST_TEST(p_value_text(0.0004, Language::en) == "<\u00A00.001");
  BOOST_TEST(p_value_text(0.3149, Language::fy) == "=\u00A00,31");
}

BOOST_AUTO_TEST_SUITE_END()
