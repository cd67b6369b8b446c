// Whether a panel can meet a forum's quotas: from the numbers alone while no one has volunteered,
// and against the volunteers with require_feasible's verdict and minimal_relaxation's change.
#include <boost/test/unit_test.hpp>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/panel/quota_feasibility.hpp"
#include "support/reference_data.hpp"

using namespace mienskip;
using mienskip::test::read_test_data;

namespace {

QuotaCategory category(const std::string& name, const std::vector<std::string>& values, const std::vector<int>& min,
                       const std::vector<int>& max) {
  return {name, values, min, max, std::vector<int>(values.size(), 0), std::vector<int>(values.size(), -1)};
}

Pool foundation(const std::string& features, const std::string& candidates) {
  return read_foundation_pool(parse_csv(features, "features.csv"), parse_csv(candidates, "candidates.csv"));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(quota_feasibility_checks)

BOOST_AUTO_TEST_CASE(without_volunteers_each_categorys_seats_are_held_against_the_panel) {
  const std::vector<QuotaCategory> quotas = {
      category("Leeftijd", {"16-34", "35-64", "65+"}, {15, 20, 12}, {20, 25, 15}),
      category("Geslacht", {"vrouw", "man"}, {10, 10}, {20, 20}),
      category("Wijk", {"Noord", "Zuid"}, {0, 0}, {30, 30})};
  const auto result = quota_feasibility(quotas, 45);
  BOOST_TEST(!result.feasible());
  BOOST_TEST(!result.with_volunteers);
  BOOST_TEST_REQUIRE(result.conflicts.size() == 2u);
  BOOST_TEST(result.conflicts[0].code == "panel_size_outside_quotas");
  BOOST_TEST(result.conflicts[0].category == "Leeftijd");
  BOOST_TEST(result.conflicts[0].message == "the minimums of 'Leeftijd' add up to 47 seats, more than the panel of 45");
  BOOST_TEST(result.conflicts[1].category == "Geslacht");
  BOOST_TEST(result.conflicts[1].message == "the maximums of 'Geslacht' add up to 40 seats, fewer than the panel of 45");
  BOOST_TEST(result.relaxation.empty());
  const auto at_47 = quota_feasibility(quotas, 47);
  BOOST_TEST_REQUIRE(at_47.conflicts.size() == 1u);
  BOOST_TEST(at_47.conflicts[0].category == "Geslacht");
  const auto at_40 = quota_feasibility(quotas, 40);
  BOOST_TEST_REQUIRE(at_40.conflicts.size() == 1u);
  BOOST_TEST(at_40.conflicts[0].category == "Leeftijd");
  BOOST_TEST(quota_feasibility({quotas[2]}, 45).feasible());
  BOOST_TEST(quota_feasibility({quotas[1]}, 40).feasible());  // exactly the maximums
}

BOOST_AUTO_TEST_CASE(against_volunteers_the_lotterys_verdict_and_smallest_change_are_given) {
  const auto pool = read_foundation_pool(parse_csv(read_test_data("sortition/foundation/features.csv"), "features.csv"),
                                         parse_csv(read_test_data("sortition/foundation/candidates.csv"), "candidates.csv"));
  const auto possible = quota_feasibility(pool, 22);
  BOOST_TEST(possible.feasible());
  BOOST_TEST(possible.with_volunteers);
  const auto impossible = quota_feasibility(pool, 24);
  BOOST_TEST_REQUIRE(impossible.conflicts.size() == 1u);
  BOOST_TEST(impossible.conflicts[0].code == "quota_infeasible");
  BOOST_TEST(impossible.conflicts[0].message.find("The smallest change that makes it possible: Gender: Male max 11 -> 12") !=
             std::string::npos);
  BOOST_TEST_REQUIRE(impossible.relaxation.size() == 1u);
  BOOST_TEST(impossible.relaxation[0].describe() == "Gender: Male max 11 -> 12");
  BOOST_TEST(impossible.relaxation[0].bound == "max");
  BOOST_TEST(impossible.relaxation[0].to == 12);
}

BOOST_AUTO_TEST_CASE(a_small_pool_shows_each_kind_of_conflict) {
  // Two women and three men; the quotas want two of each.
  const std::string features = "feature,value,min,max\ng,f,2,2\ng,m,2,2\n";
  const std::string candidates = "id,g\nf1,f\nf2,f\nm1,m\nm2,m\nm3,m\n";
  BOOST_TEST(quota_feasibility(foundation(features, candidates), 4).feasible());
  // Numbers alone: the same message without volunteers.
  const auto sums = quota_feasibility(foundation(features, candidates), 5);
  BOOST_TEST_REQUIRE(sums.conflicts.size() == 1u);
  BOOST_TEST(sums.conflicts[0].message == "the maximums of 'g' add up to 4 seats, fewer than the panel of 5");
  // Enough seats on paper, too few women among the volunteers: one woman's seat must go to a man.
  const auto too_few = quota_feasibility(foundation(features, "id,g\nf1,f\nm1,m\nm2,m\nm3,m\n"), 4);
  BOOST_TEST_REQUIRE(too_few.conflicts.size() == 1u);
  BOOST_TEST(too_few.conflicts[0].code == "quota_infeasible");
  BOOST_TEST_REQUIRE(too_few.relaxation.size() == 2u);
  BOOST_TEST(too_few.relaxation[0].describe() == "g: f min 2 -> 1");
  BOOST_TEST(too_few.relaxation[1].describe() == "g: m max 2 -> 3");
  // A panel larger than the pool.
  const auto large = quota_feasibility(foundation("feature,value,min,max\ng,f,0,9\ng,m,0,9\n", candidates), 6);
  BOOST_TEST_REQUIRE(large.conflicts.size() == 1u);
  BOOST_TEST(large.conflicts[0].code == "invalid_panel_size");
  BOOST_TEST(large.relaxation.empty());
}

BOOST_AUTO_TEST_SUITE_END()
