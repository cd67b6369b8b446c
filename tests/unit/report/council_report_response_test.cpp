// The council report's response and weighting figures from issue 19, item 5: the codes issued and
// the share used, how much the chance to take part varied (the CV always with population counts,
// the R-indicator only on the invited base, where it means something), and what bounds did to the
// weights and the means.
#include <boost/test/unit_test.hpp>

#include "app/council_report_view.hpp"
#include "core/report/council_report.hpp"
#include "core/report/number_text.hpp"
#include "core/survey/survey_results.hpp"
#include "support/council_report_data.hpp"

using namespace mienskip;

namespace {

struct Weighed {
  Survey survey = mienskip::test::energy_survey();
  std::vector<ExportedResponse> answers = mienskip::test::energy_responses(160);
  WeighingResult result;
  CouncilReportFacts facts = council_report_facts(answers, true, "2026-12-20T09:05:00Z");

  explicit Weighed(ResultsOptions options) {
    result = weigh_survey_responses(survey, answers, mienskip::test::energy_margins(), options);
  }
  CouncilReport report() const { return council_report(survey, result, facts); }
};

ResultsOptions invited(long long codes) {
  ResultsOptions options;
  options.weighing.invited = codes;
  return options;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(council_report_response)

BOOST_AUTO_TEST_CASE(with_codes_the_report_gives_the_response_rate_and_the_r_indicator) {
  const Weighed w(invited(4000));
  const auto report = w.report();
  const auto& overall = *w.result.representativeness.overall;
  BOOST_TEST(overall.invited_base);
  BOOST_TEST(report.response.invited == "4.000");
  BOOST_TEST(report.response.response_rate == format_percent(160.0 / 4000, 1, Language::nl));
  BOOST_TEST(report.response.response_rate == "4,0%");
  BOOST_TEST(report.response.propensity_cv == format_number(overall.cv_rho, 2, Language::nl));
  BOOST_TEST(report.response.r_indicator == format_number(overall.r_indicator, 2, Language::nl));
  const std::string html = app::council_report_html(report);
  BOOST_TEST(html.find("Er zijn 4.000 persoonlijke codes verstuurd; 4,0% daarvan is gebruikt.") != std::string::npos);
  BOOST_TEST(html.find("R-indicator " + report.response.r_indicator) != std::string::npos);
  BOOST_TEST(html.find("waarschijnlijk groter") != std::string::npos);  // what the measures cannot see
}

BOOST_AUTO_TEST_CASE(without_the_invited_count_there_is_no_rate_and_no_r_indicator) {
  const Weighed w{ResultsOptions{}};
  const auto report = w.report();
  BOOST_TEST(!w.result.representativeness.overall->invited_base);
  BOOST_TEST(report.response.invited.empty());
  BOOST_TEST(report.response.r_indicator.empty());  // near 1 on the population base whatever the skew
  BOOST_TEST(!report.response.propensity_cv.empty());
  const std::string html = app::council_report_html(report);
  BOOST_TEST(html.find("persoonlijke codes verstuurd") == std::string::npos);
  BOOST_TEST(html.find("R-indicator") == std::string::npos);
  BOOST_TEST(html.find("variatiecoëfficiënt") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_open_survey_has_no_codes_to_count) {
  Weighed w(invited(4000));
  w.facts.invitation_codes = false;
  BOOST_TEST(w.report().response.invited.empty());
}

BOOST_AUTO_TEST_CASE(bounds_say_how_many_weights_they_hold_and_how_far_the_means_moved) {
  ResultsOptions options;
  options.weighing.bounds = WeightBounds{0.1, 3};
  const Weighed w(options);
  BOOST_TEST_REQUIRE(w.result.bounds_effect.has_value());
  const auto& effect = *w.result.bounds_effect;
  BOOST_TEST(effect.share_at_lower + effect.share_at_upper > 0);  // these bounds bind here
  const auto report = w.report();
  BOOST_TEST_REQUIRE(report.method.bounds.has_value());
  BOOST_TEST(report.method.bounds->at_bound == format_percent(effect.share_at_lower + effect.share_at_upper, 1, Language::nl));
  BOOST_TEST(report.method.bounds->max_change == format_number(effect.max_change, 1, Language::nl));
  const std::string html = app::council_report_html(report);
  BOOST_TEST(html.find("van de antwoorden staat het gewicht op een grens") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
