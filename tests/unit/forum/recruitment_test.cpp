// Recruitment while sign-up runs (issue 22, item 1): each stratum's response is the share of its
// letters answered by a volunteer still in; strata that respond least come first, and a stratum
// is called lower than the whole only when it is, exactly.
#include <boost/test/unit_test.hpp>

#include "core/forum/recruitment.hpp"

using namespace mienskip;

BOOST_AUTO_TEST_SUITE(recruitment_by_stratum)

BOOST_AUTO_TEST_CASE(the_strata_that_respond_least_come_first_with_their_rates) {
  const auto view = recruitment({{"Snits", 500, 80, 1}, {"Wommels", 120, 9, 0}, {"Boalsert", 380, 61, 1}});
  BOOST_TEST(view.total.letters == 1000);
  BOOST_TEST(view.total.volunteers == 150);
  BOOST_TEST(view.total.withdrawn == 2);
  BOOST_TEST(view.response_rate == 0.15);
  BOOST_TEST_REQUIRE(view.strata.size() == 3u);
  BOOST_TEST(view.strata[0].count.stratum == "Wommels");
  BOOST_TEST(view.strata[0].response_rate == 0.075);
  BOOST_TEST(view.strata[0].below_total);
  BOOST_TEST(view.strata[1].count.stratum == "Snits");  // 0.16
  BOOST_TEST(!view.strata[1].below_total);
  BOOST_TEST(view.strata[2].count.stratum == "Boalsert");  // 0.1605...
  BOOST_TEST(!view.strata[2].below_total);
}

BOOST_AUTO_TEST_CASE(a_stratum_at_exactly_the_forums_rate_is_not_lower) {
  // 1/3 each: as doubles 1/3 and 3/9 could differ in the last bit; as counts they are equal.
  const auto view = recruitment({{"A", 3, 1, 0}, {"B", 9, 3, 0}, {"C", 30, 10, 0}});
  for (const auto& stratum : view.strata) BOOST_TEST(!stratum.below_total, stratum.count.stratum);
  // Equal rates keep the order of their names.
  BOOST_TEST(view.strata[0].count.stratum == "A");
  BOOST_TEST(view.strata[2].count.stratum == "C");
}

BOOST_AUTO_TEST_CASE(no_letters_no_rates) {
  const auto none = recruitment({});
  BOOST_TEST(none.strata.empty());
  BOOST_TEST(none.response_rate == 0.0);
  // A stratum without letters cannot respond and is left out; one without volunteers is lowest.
  const auto view = recruitment({{"Leeg", 0, 0, 0}, {"Stil", 40, 0, 0}, {"Druk", 60, 12, 0}});
  BOOST_TEST_REQUIRE(view.strata.size() == 2u);
  BOOST_TEST(view.strata[0].count.stratum == "Stil");
  BOOST_TEST(view.strata[0].response_rate == 0.0);
  BOOST_TEST(view.strata[0].below_total);
  BOOST_TEST(view.total.letters == 100);
}

BOOST_AUTO_TEST_SUITE_END()
