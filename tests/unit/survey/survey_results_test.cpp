// The results options of a stored survey (core/survey/survey_results), against the Súdwest-Fryslân
// template and its example margins: what the results API reads from `variables`, `bounds`, `by`.
#include "core/survey/survey_results.hpp"

#include <boost/test/unit_test.hpp>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/survey/survey.hpp"
#include "support/energy_survey.hpp"

using namespace mienskip;

namespace {

// The shipped survey and its example margins, read once (support/energy_survey).
auto& energy = mienskip::test::energy_survey;
auto& margins = mienskip::test::shipped_margins;

auto refused(const std::string& part) {
  return [=](const Error& e) {
    BOOST_TEST_INFO(e.what());
    return e.code() == "invalid_option" && std::string(e.what()).find(part) != std::string::npos;
  };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(survey_results_options)

BOOST_AUTO_TEST_CASE(no_options_mean_raking_on_every_margin) {
  const auto options = results_options(energy(), margins(), {});
  BOOST_TEST(options.sample.variables.empty());
  BOOST_TEST(!options.weighing.bounds.has_value());
  BOOST_TEST(options.sample.by.empty());
}

BOOST_AUTO_TEST_CASE(variables_bounds_and_by_are_read) {
  const auto options = results_options(energy(), margins(), {"age, area", "0.25,4", "gender"});
  BOOST_TEST(options.sample.variables == (std::vector<std::string>{"age", "area"}), boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(options.weighing.bounds.has_value());
  BOOST_TEST(options.weighing.bounds->lower == 0.25);
  BOOST_TEST(options.weighing.bounds->upper == 4);
  BOOST_TEST(options.sample.by == "gender");
}

BOOST_AUTO_TEST_CASE(bad_options_are_refused_with_what_is_allowed) {
  BOOST_CHECK_EXCEPTION(results_options(energy(), margins(), {"age,inkomen", {}, {}}), Error,
                        refused("variables: 'inkomen' is not a variable of the population margins (age, gender, "
                                "education, area)"));
  BOOST_CHECK_EXCEPTION(results_options(energy(), margins(), {{}, "0.3", {}}), Error,
                        refused("bounds takes two numbers, lower,upper"));
  BOOST_CHECK_EXCEPTION(results_options(energy(), margins(), {{}, "0.3,3,5", {}}), Error,
                        refused("bounds takes two numbers"));
  BOOST_CHECK_EXCEPTION(results_options(energy(), margins(), {{}, "1,3", {}}), Error,
                        refused("the lower bound is a multiple of the mean weight and must be a number from 0 to below 1"));
  BOOST_CHECK_EXCEPTION(results_options(energy(), margins(), {{}, "0.5,0.9", {}}), Error,
                        refused("the upper bound is a multiple of the mean weight and must be a number above 1"));
  BOOST_CHECK_EXCEPTION(results_options(energy(), margins(), {{}, "3,0.3", {}}), Error, refused("the lower bound"));
  BOOST_CHECK_EXCEPTION(results_options(energy(), margins(), {{}, {}, "woonplaats"}), Error,
                        refused("by: 'woonplaats' is not a question of this survey (age, gender, education, area)"));
}

BOOST_AUTO_TEST_SUITE_END()
