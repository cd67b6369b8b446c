// The council report's results per area (core/report/council_report_domains): which areas are
// marked above or below the rest, on which scenarios the areas are said to differ, and when the
// report warns that many comparisons are shown. 1,376 constructed responses, so that every area
// is reported.
#include <boost/test/unit_test.hpp>

#include "core/report/council_report.hpp"
#include "core/survey/survey_results.hpp"
#include "support/council_report_data.hpp"

using namespace mienskip;

namespace {

// Every area reported: 1,376 responses, broken down as the report is (by area).
struct AreaReport : mienskip::test::EnergyWeighing {
  AreaReport() : EnergyWeighing(1376, by_area()) {}
  ReportDomains domains() const { return *report().domains; }
  static ResultsOptions by_area() {
    ResultsOptions options;
    options.sample.by = council_report_domain(mienskip::test::energy_survey());
    return options;
  }
};

VersusRest versus(double low, double high) {
  VersusRest v;
  v.difference = (low + high) / 2;
  v.ci95_low = low;
  v.ci95_high = high;
  return v;
}

EqualMeansTest wald(double p) {
  EqualMeansTest test;
  test.degrees_of_freedom = 7;
  test.p_value = p;
  return test;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(council_report_domains)

BOOST_AUTO_TEST_CASE(an_area_is_marked_only_where_the_areas_differ_and_its_interval_leaves_out_zero) {
  BOOST_TEST(differs_from_rest(wald(0.01), versus(0.5, 4)) == 1);
  BOOST_TEST(differs_from_rest(wald(0.01), versus(-4, -0.5)) == -1);
  BOOST_TEST(differs_from_rest(wald(0.01), versus(-1, 4)) == 0);
  // However clear the area's own difference, not where the areas do not differ as a whole.
  BOOST_TEST(differs_from_rest(wald(0.05), versus(2, 4)) == 0);
  BOOST_TEST(differs_from_rest(wald(0.4), versus(-9, -2)) == 0);
  BOOST_TEST(differs_from_rest(EqualMeansTest{}, versus(2, 4)) == 0);  // not tested
}

BOOST_AUTO_TEST_CASE(the_report_names_the_scenarios_the_areas_differ_on_and_marks_those_cells) {
  AreaReport r;
  const auto& estimates = r.result.estimates;
  BOOST_TEST_REQUIRE(estimates.domains.size() == 8u);
  for (const auto& d : estimates.domains) BOOST_TEST_REQUIRE(!d.suppressed, d.domain);
  BOOST_TEST_REQUIRE(estimates.domains_differ.size() == 6u);
  const auto domains = r.domains();
  BOOST_TEST(domains.tested);
  std::vector<int> differ;
  for (std::size_t s = 0; s < 6; ++s) {
    if (estimates.domains_differ[s].p_value < 0.05) differ.push_back(static_cast<int>(s + 1));
  }
  std::vector<int> named;
  for (const auto& mention : domains.differ) named.push_back(mention.number);
  BOOST_TEST(named == differ, boost::test_tools::per_element());
  bool any = false;
  for (const auto& d : estimates.domains) {
    const auto row = std::find_if(domains.rows.begin(), domains.rows.end(), [&](const DomainRow& row) {
      return row.label == weighting_labels(r.survey).category_label("area", d.domain, Language::nl);
    });
    BOOST_TEST_REQUIRE((row != domains.rows.end()), d.domain);
    for (std::size_t s = 0; s < 6; ++s) {
      const int mark = differs_from_rest(estimates.domains_differ[s], d.versus_rest[s]);
      BOOST_TEST(row->means[s].above == (mark > 0), d.domain << " " << s + 1);
      BOOST_TEST(row->means[s].below == (mark < 0), d.domain << " " << s + 1);
      any = any || mark != 0;
    }
  }
  BOOST_TEST(domains.marked == any);
  // Eight areas times six scenarios: the report says how many comparisons it shows.
  BOOST_TEST(domains.many_comparisons == "48");
}

BOOST_AUTO_TEST_CASE(where_the_areas_do_not_differ_nothing_is_marked) {
  AreaReport r;
  for (auto& test : r.result.estimates.domains_differ) test.p_value = 0.5;
  const auto domains = r.domains();
  BOOST_TEST(domains.tested);
  BOOST_TEST(domains.differ.empty());
  BOOST_TEST(!domains.marked);
  for (const auto& row : domains.rows) {
    for (const auto& cell : row.means) BOOST_TEST(!(cell.above || cell.below), row.label);
  }
}

BOOST_AUTO_TEST_CASE(with_few_areas_reported_there_is_no_test_and_no_warning) {
  AreaReport r;
  auto& domains = r.result.estimates.domains;
  for (std::size_t d = 1; d < domains.size(); ++d) domains[d].suppressed = true;
  domains.front().versus_rest.clear();
  r.result.estimates.domains_differ.clear();
  const auto report = r.domains();
  BOOST_TEST(!report.tested);
  BOOST_TEST(report.differ.empty());
  BOOST_TEST(report.many_comparisons.empty());  // one area, six comparisons
  BOOST_TEST(!report.marked);
  // Three areas: 18 comparisons, still fewer than 20.
  domains[1].suppressed = domains[2].suppressed = false;
  BOOST_TEST(r.domains().many_comparisons.empty());
  domains[3].suppressed = false;
  BOOST_TEST(r.domains().many_comparisons == "24");
}

BOOST_AUTO_TEST_SUITE_END()
