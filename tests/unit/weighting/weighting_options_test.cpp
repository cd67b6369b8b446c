// The weighing options people type (core/weighting/weighting_options), shared by `mienskip weigh` and the
// results API: each mistake refused with the caller's option name and code.
#include "core/weighting/weighting_options.hpp"

#include <boost/test/unit_test.hpp>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"

using namespace mienskip;

namespace {

const Margins margins = parse_margins(parse_csv(
    "variable,category,population_count\nage,young,600\nage,old,400\ngender,man,500\ngender,vrouw,500\n"
    "area,noord,300\narea,zuid,700\n",
    "m.csv"));

// An Error with this code whose message contains `part`.
auto refused(const std::string& code, const std::string& part) {
  return [=](const Error& e) {
    BOOST_TEST_INFO(e.what());
    return e.code() == code && std::string(e.what()).find(part) != std::string::npos;
  };
}

}  // namespace

BOOST_AUTO_TEST_SUITE(weighing_options)

BOOST_AUTO_TEST_CASE(names_are_split_on_commas_and_trimmed) {
  BOOST_TEST(split_names(" age, gender,,area ") == (std::vector<std::string>{"age", "gender", "area"}),
             boost::test_tools::per_element());
  BOOST_TEST(split_names("").empty());
  BOOST_TEST(split_names(" , ").empty());
}

BOOST_AUTO_TEST_CASE(weighting_variables_are_a_subset_of_the_margins_in_the_order_given) {
  BOOST_TEST(parse_weighting_variables("area, age", margins, "variables", "invalid_option") ==
                 (std::vector<std::string>{"area", "age"}),
             boost::test_tools::per_element());
  BOOST_CHECK_EXCEPTION(parse_weighting_variables("age,leeftijd", margins, "variables", "invalid_option"), Error,
                        refused("invalid_option", "variables: 'leeftijd' is not a variable of the population "
                                                  "margins (age, gender, area)"));
  BOOST_CHECK_EXCEPTION(parse_weighting_variables("age,gender,age", margins, "--vars", "usage"), Error,
                        refused("usage", "--vars names 'age' twice"));
  BOOST_CHECK_EXCEPTION(parse_weighting_variables(" , ", margins, "variables", "invalid_option"), Error,
                        refused("invalid_option", "variables names no variable"));
}

BOOST_AUTO_TEST_CASE(bounds_leave_room_around_the_mean) {
  const auto bounds = parse_weight_bounds("0.3", " 3 ", "--lower", "--upper", "usage");
  BOOST_TEST(bounds.lower == 0.3);
  BOOST_TEST(bounds.upper == 3);
  BOOST_TEST(parse_weight_bounds("0", "1.5", "--lower", "--upper", "usage").lower == 0);
  BOOST_CHECK_EXCEPTION(parse_weight_bounds("1", "3", "--lower", "--upper", "usage"), Error,
                        refused("usage", "--lower is a multiple of the mean weight and must be a number from 0 to "
                                         "below 1, not '1'"));
  BOOST_CHECK_EXCEPTION(parse_weight_bounds("-0.1", "3", "low", "high", "invalid_option"), Error,
                        refused("invalid_option", "low is a multiple"));
  BOOST_CHECK_EXCEPTION(parse_weight_bounds("0.3", "1", "low", "high", "invalid_option"), Error,
                        refused("invalid_option", "high is a multiple of the mean weight and must be a number above 1, "
                                                  "not '1'"));
  // Crossed bounds: the lower one is already out of its range.
  BOOST_CHECK_EXCEPTION(parse_weight_bounds("3", "0.3", "low", "high", "invalid_option"), Error,
                        refused("invalid_option", "low is a multiple"));
  for (const char* malformed : {"", "abc", "0,3", "0.3x", "nan", "inf"}) {
    BOOST_CHECK_EXCEPTION(parse_weight_bounds(malformed, "3", "low", "high", "invalid_option"), Error,
                          refused("invalid_option", "low is"));
    BOOST_CHECK_EXCEPTION(parse_weight_bounds("0.5", malformed, "low", "high", "invalid_option"), Error,
                          refused("invalid_option", "high is"));
  }
}

BOOST_AUTO_TEST_SUITE_END()
