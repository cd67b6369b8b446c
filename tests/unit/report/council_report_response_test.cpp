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

using Weighed = mienskip::test::EnergyWeighing;

ResultsOptions invited(long long codes) {
  ResultsOptions options;
  options.weighing.invited = codes;
  return options;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(council_report_response)

BOOST_AUTO_TEST_CASE(with_codes_the_report_gives_the_response_rate_and_the_r_indicator) {
  const Weighed w(160, invited(4000));
  const auto report = w.report();
  const auto& overall = *w.result.representativeness.overall;
  BOOST_TEST(overall.invited_base);
  BOOST_TEST(report.response.invited == "4.000");
  BOOST_TEST(report.response.response_rate == format_percent(160.0 / 4000, 1, Language::nl));
  BOOST_TEST(report.response.response_rate == "4,0%");
  BOOST_TEST(report.response.propensity_cv == format_number(overall.cv_rho, 2, Language::nl));
  BOOST_TEST(report.response.r_indicator == format_number(overall.r_indicator, 2, Language::nl));
  const std::string html = app::council_report_html(report);
  BOOST_TEST(html.find("Er zijn 4.000 persoonlijke codes gemaakt; 4,0% daarvan is gebruikt.") != std::string::npos);
  BOOST_TEST(html.find("R-indicator " + report.response.r_indicator) != std::string::npos);
  BOOST_TEST_REQUIRE(overall.r_interval.has_value());
  BOOST_TEST(overall.r_interval->low <= overall.r_interval->high);
  BOOST_TEST(html.find("95%-interval bij benadering " + format_number(overall.r_interval->low, 2, Language::nl) + " – " +
                       format_number(overall.r_interval->high, 2, Language::nl)) != std::string::npos);
  BOOST_TEST(html.find("waarschijnlijk groter") != std::string::npos);  // what the measures cannot see
}

BOOST_AUTO_TEST_CASE(without_the_invited_count_there_is_no_rate_and_no_r_indicator) {
  const Weighed w(160, ResultsOptions{});
  const auto report = w.report();
  BOOST_TEST(!w.result.representativeness.overall->invited_base);
  BOOST_TEST(report.response.invited.empty());
  BOOST_TEST(report.response.r_indicator.empty());  // near 1 on the population base whatever the skew
  BOOST_TEST(!report.response.propensity_cv.empty());
  const std::string html = app::council_report_html(report);
  BOOST_TEST(html.find("persoonlijke codes gemaakt") == std::string::npos);
  BOOST_TEST(html.find("R-indicator") == std::string::npos);
  BOOST_TEST(html.find("variatiecoëfficiënt") != std::string::npos);
}

// With nearly every invited resident answering, the model's chances for the groups that answered
// most come out above 1: the invitations cannot have been a random draw from these population
// figures, and an R-indicator would say nothing (the e2e survey showed R = -15,89).
BOOST_AUTO_TEST_CASE(propensities_above_one_give_no_r_indicator_and_say_why) {
  const Weighed w(160, invited(170));
  const auto& overall = *w.result.representativeness.overall;
  BOOST_TEST(overall.max_rho > 1);
  BOOST_TEST(!r_indicator_applies(overall));
  BOOST_TEST(!overall.r_interval.has_value());
  const auto report = w.report();
  BOOST_TEST(report.response.r_indicator.empty());
  BOOST_TEST(report.response.propensity_over_one);
  BOOST_TEST(report.response.invited == "170");  // the response rate is still a fact
  const std::string html = app::council_report_html(report);
  BOOST_TEST(html.find("R-indicator 0") == std::string::npos);  // no figure
  BOOST_TEST(html.find("R-indicator -") == std::string::npos);
  BOOST_TEST(html.find("Er is geen R-indicator") != std::string::npos);
  BOOST_TEST(html.find("het model achter de R-indicator past niet bij deze cijfers") != std::string::npos);
  // With many more invited, the same answers give chances below 1, and R is told.
  const Weighed many(160, invited(4000));
  BOOST_TEST(many.result.representativeness.overall->max_rho <= 1);
  BOOST_TEST(r_indicator_applies(*many.result.representativeness.overall));
  BOOST_TEST(!many.report().response.propensity_over_one);
}

BOOST_AUTO_TEST_CASE(an_open_survey_has_no_codes_to_count) {
  Weighed w(160, invited(4000));
  w.facts.invitation_codes = false;
  BOOST_TEST(w.report().response.invited.empty());
}

BOOST_AUTO_TEST_CASE(bounds_say_how_many_weights_they_hold_and_how_far_the_means_moved) {
  ResultsOptions options;
  options.weighing.bounds = WeightBounds{0.1, 3};
  const Weighed w(160, options);
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

BOOST_AUTO_TEST_CASE(a_variable_is_named_when_weighting_on_the_others_does_not_halve_its_difference) {
  HoldoutCheck check{"gender", 9.1, 4.6};
  BOOST_TEST(!holdout_halves(check));
  check.after_pp = 4.55;
  BOOST_TEST(holdout_halves(check));
  BOOST_TEST(holdout_worth_checking(HoldoutCheck{"age", 1.0, 0.9}));
  BOOST_TEST(!holdout_worth_checking(HoldoutCheck{"age", 0.99, 0.9}));  // nothing much to take away

  Weighed w(160, ResultsOptions{});
  const auto& checks = w.result.representativeness.holdout;
  BOOST_TEST_REQUIRE(checks.size() == 4u);  // age, gender, education, area
  auto report = w.report();
  BOOST_TEST_REQUIRE(report.holdout.has_value());
  BOOST_TEST_REQUIRE(report.holdout->rows.size() == 4u);
  std::vector<std::string> not_halved;
  const auto labels = weighting_labels(w.survey);
  for (std::size_t v = 0; v < 4; ++v) {
    BOOST_TEST(report.holdout->rows[v].before == format_number(checks[v].before_pp, 1, Language::nl));
    BOOST_TEST(report.holdout->rows[v].after == format_number(checks[v].after_pp, 1, Language::nl));
    if (holdout_worth_checking(checks[v]) && !holdout_halves(checks[v])) {
      not_halved.push_back(labels.variable_name(checks[v].variable, Language::nl));
    }
  }
  BOOST_TEST(report.holdout->not_halved == not_halved, boost::test_tools::per_element());
  // The sentence follows the decision both ways.
  const std::string claim = "haalt weging op de andere kenmerken minder dan de helft";
  w.result.representativeness.holdout = {HoldoutCheck{"gender", 9.1, 8.7}, HoldoutCheck{"age", 6.0, 1.0}};
  std::string html = app::council_report_html(w.report());
  BOOST_TEST(html.find("Bij ‘" + labels.variable_name("gender", Language::nl) + "’ " + claim) != std::string::npos);
  w.result.representativeness.holdout = {HoldoutCheck{"gender", 9.1, 3.0}, HoldoutCheck{"age", 6.0, 1.0}};
  html = app::council_report_html(w.report());
  BOOST_TEST(html.find(claim) == std::string::npos);
  BOOST_TEST(html.find("telkens minstens de helft") != std::string::npos);
  w.result.representativeness.holdout.clear();
  BOOST_TEST(app::council_report_html(w.report()).find("buiten de weging") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
