#include <boost/math/special_functions/gamma.hpp>
#include <boost/test/unit_test.hpp>
#include <cmath>

#include "core/weighting/max_normal.hpp"
#include "core/weighting/scenario_ranking.hpp"

using namespace mienskip;

namespace {

// The covariance of K means that are independent with variance 1, centred (I - J/K): singular,
// like the covariance of scenario means that sum to the budget, and with the same pairwise
// differences as independent means, so the simultaneous critical value is the studentized range
// quantile over sqrt(2).
Matrix centred_identity(std::size_t k, double scale = 1) {
  Matrix v(k, std::vector<double>(k, -scale / static_cast<double>(k)));
  for (std::size_t i = 0; i < k; ++i) v[i][i] += scale;
  return v;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(scenario_ranking)

// Expected values from R 4.2 (Debian 12): sprintf("%.10f", qtukey(0.95, K, Inf) / sqrt(2)).
BOOST_AUTO_TEST_CASE(critical_value_equals_the_studentized_range_for_independent_means) {
  const std::vector<std::pair<std::size_t, double>> expected = {
      {3, 2.3437005879}, {4, 2.5690317774}, {5, 2.7277743825}, {6, 2.8497054433}};
  for (const auto& [k, tukey] : expected) {
    const double c = simultaneous_critical_value(pairwise_contrasts(k), centred_identity(k), 0.95);
    BOOST_TEST(std::fabs(c - tukey) < 2e-5, "K = " << k << ": " << c << " against qtukey's " << tukey);
  }
}

BOOST_AUTO_TEST_CASE(one_pair_needs_no_adjustment) {
  const double c = simultaneous_critical_value(pairwise_contrasts(2), centred_identity(2), 0.95);
  BOOST_TEST(std::fabs(c - 1.959963984540054) < 1e-12, c);
}

BOOST_AUTO_TEST_CASE(critical_value_is_the_same_on_every_run_and_scale) {
  const auto contrasts = pairwise_contrasts(6);
  const double once = simultaneous_critical_value(contrasts, centred_identity(6), 0.95);
  BOOST_TEST(simultaneous_critical_value(contrasts, centred_identity(6), 0.95) == once);
  BOOST_TEST(std::fabs(simultaneous_critical_value(contrasts, centred_identity(6, 250.0), 0.95) - once) < 1e-9);
}

// Two scenarios nobody gave points have means of exactly 0: their difference has variance 0, is
// known exactly and does not widen the others' intervals. Leaving its row out changes nothing.
BOOST_AUTO_TEST_CASE(combinations_without_variance_are_left_out) {
  Matrix v = centred_identity(3);
  for (auto& row : v) row.insert(row.end(), {0.0, 0.0});
  v.push_back({0, 0, 0, 0, 0});
  v.push_back({0, 0, 0, 0, 0});
  Matrix contrasts = pairwise_contrasts(5);
  const double all = simultaneous_critical_value(contrasts, v, 0.95);
  BOOST_TEST_REQUIRE((contrasts.back() == std::vector<double>{0, 0, 0, 1, -1}));
  contrasts.pop_back();
  BOOST_TEST(simultaneous_critical_value(contrasts, v, 0.95) == all);
  BOOST_TEST(all > 2.3437);  // more pairs than the three among the first three scenarios
}

BOOST_AUTO_TEST_CASE(generalised_inverse_of_a_projection_is_itself) {
  const auto inverse = generalised_inverse(centred_identity(4));
  BOOST_TEST(inverse.rank == 3);
  const auto expected = centred_identity(4);
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t j = 0; j < 4; ++j) BOOST_TEST(std::fabs(inverse.inverse[i][j] - expected[i][j]) < 1e-12);
  }
}

// Two scenarios whose means sum to 100: m = (60, 40), var(m1) = var(m2) = 1, cov -1. The
// difference 20 has variance 4, so W = 20^2 / 4 = 100 on 1 degree of freedom.
BOOST_AUTO_TEST_CASE(wald_test_by_hand) {
  const auto ranking = rank_scenarios({60, 40}, {{1, -1}, {-1, 1}});
  BOOST_TEST(std::fabs(ranking.equal_means.statistic - 100) < 1e-9, ranking.equal_means.statistic);
  BOOST_TEST(ranking.equal_means.degrees_of_freedom == 1);
  BOOST_TEST(std::fabs(ranking.equal_means.p_value - boost::math::gamma_q(0.5, 50.0)) < 1e-20);
  // 20 +- 1.96 x 2 leaves out 0: first and second beyond doubt.
  BOOST_TEST(ranking.ranks[0].best == 1);
  BOOST_TEST(ranking.ranks[0].worst == 1);
  BOOST_TEST(ranking.ranks[1].best == 2);
  BOOST_TEST(ranking.ranks[1].worst == 2);
}

// 2 (I - J/3): every difference has variance 4, SE 2, and the critical value is 2.3437, so a
// difference is clear from 4.69. 30 - 27 = 3: the top two may swap; 27 - 20 = 7 and 30 - 20 = 10:
// the third is third. Then 35, 27, 23: 27 - 23 = 4 would be clear one at a time (1.96 x 2 = 3.92)
// but not all at once, so ranks 2 and 3 stay together.
BOOST_AUTO_TEST_CASE(rank_sets_follow_the_simultaneous_intervals) {
  const auto separate = rank_scenarios({30, 27, 20}, centred_identity(3, 2.0));
  const auto ranks = separate.ranks;
  BOOST_TEST(ranks[0].best == 1);
  BOOST_TEST(ranks[0].worst == 2);
  BOOST_TEST(ranks[1].best == 1);
  BOOST_TEST(ranks[1].worst == 2);
  BOOST_TEST(ranks[2].best == 3);
  BOOST_TEST(ranks[2].worst == 3);

  const auto close = rank_scenarios({35, 27, 23}, centred_identity(3, 2.0));
  BOOST_TEST(close.ranks[0].best == 1);
  BOOST_TEST(close.ranks[0].worst == 1);
  BOOST_TEST(close.ranks[1].best == 2);
  BOOST_TEST(close.ranks[1].worst == 3);
  BOOST_TEST(close.ranks[2].best == 2);
  BOOST_TEST(close.ranks[2].worst == 3);
}

BOOST_AUTO_TEST_CASE(equal_means_are_not_told_apart) {
  const auto ranking = rank_scenarios({25, 25, 25, 25}, centred_identity(4, 4));
  BOOST_TEST(ranking.equal_means.statistic < 1e-20);
  BOOST_TEST(ranking.equal_means.degrees_of_freedom == 3);
  BOOST_TEST(std::fabs(ranking.equal_means.p_value - 1) < 1e-12);
  for (const auto& rank : ranking.ranks) {
    BOOST_TEST(rank.best == 1);
    BOOST_TEST(rank.worst == 4);
  }
}

BOOST_AUTO_TEST_SUITE_END()
