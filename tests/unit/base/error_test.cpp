#include <boost/test/unit_test.hpp>

#include "core/base/error.hpp"

using mienskip::Error;
using mienskip::Location;

BOOST_AUTO_TEST_SUITE(error)

BOOST_AUTO_TEST_CASE(carries_code_and_plain_message) {
  const Error e("quota_infeasible", "No panel of 45 meets these quotas.");
  BOOST_TEST(e.code() == "quota_infeasible");
  BOOST_TEST(std::string(e.what()) == "No panel of 45 meets these quotas.");
}

BOOST_AUTO_TEST_CASE(names_where_the_problem_is) {
  const Error e("unknown_category", "'70+' is not a category of age.",
                Location{"respondents.csv", 12, "age"});
  BOOST_TEST(std::string(e.what()) ==
             "respondents.csv, row 12, column age: '70+' is not a category of age.");
  BOOST_TEST(e.where().row.value() == 12);
}

BOOST_AUTO_TEST_CASE(partial_locations_leave_out_what_is_unknown) {
  const Location file_only{"margins.csv", std::nullopt, ""};
  const Location row_only{"", 3, ""};
  BOOST_TEST(file_only.describe() == "margins.csv");
  BOOST_TEST(row_only.describe() == "row 3");
  BOOST_TEST(Location().describe() == "");
}

BOOST_AUTO_TEST_SUITE_END()
