#include <boost/test/unit_test.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/base/csv.hpp"
#include "core/weighting/weighting.hpp"
#include "core/weighting/weighting_report.hpp"

using namespace mienskip;

namespace {

// Four respondents, two per category, so every weight is 1; computed by hand in the comments.
WeighingResult small(long min_domain = 2) {
  SampleOptions options;
  options.by = "group";
  const auto sample = prepare_sample(
      parse_csv("id,group,S1,S2\na,A,10,90\nb,A,20,80\nc,B,30,70\nd,B,50,50\n", "r.csv"),
      parse_margins(parse_csv("variable,category,population_count\ngroup,A,500\ngroup,B,500\n", "m.csv")),
      options);
  WeighingOptions weighing;
  weighing.min_domain_ess = min_domain;
  return weigh(sample, weighing);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(estimates)

BOOST_AUTO_TEST_CASE(standard_errors_use_residuals_after_calibration) {
  const auto r = small();
  const auto& s1 = r.estimates.scenarios[0];
  BOOST_TEST(std::fabs(s1.weighted_mean - 27.5) < 1e-12);
  BOOST_TEST(std::fabs(s1.unweighted_mean - 27.5) < 1e-12);
  // Unweighted: s^2 = 875 / 3, se = sqrt(s^2 / 4).
  BOOST_TEST(std::fabs(s1.unweighted_se - std::sqrt(875.0 / 3 / 4)) < 1e-12);
  // Residuals from the group means (15, 40): -5, 5, -10, 10; e = r / 4; var = 4/3 * sum e^2.
  const double se = std::sqrt(4.0 / 3 * (2 * 1.25 * 1.25 + 2 * 2.5 * 2.5));
  BOOST_TEST(std::fabs(s1.se - se) < 1e-12);
  BOOST_TEST(std::fabs(s1.ci95_low - (27.5 - z95 * se)) < 1e-12);
  // S2 = 100 - S1: same spread, perfectly negatively correlated.
  BOOST_TEST(std::fabs(r.estimates.vcov[0][1] + se * se) < 1e-12);
  BOOST_TEST(std::fabs(r.estimates.vcov[1][1] - se * se) < 1e-12);
}

BOOST_AUTO_TEST_CASE(median_share_and_distribution) {
  const auto r = small();
  const auto& s1 = r.estimates.scenarios[0];
  BOOST_TEST(s1.weighted_median == 20);  // cumulative weight reaches half at 20
  BOOST_TEST(s1.share_any_weighted == 1);
  BOOST_TEST(s1.distribution[1].label == "1-10");
  BOOST_TEST(s1.distribution[1].respondents == 1);
  BOOST_TEST(s1.distribution[5].label == "41-50");
  BOOST_TEST(std::fabs(s1.distribution[5].weighted_share - 0.25) < 1e-12);
  BOOST_TEST(s1.distribution[0].respondents == 0);
}

// S1 = 10, 20, 30, 50 and S2 = 90, 80, 70, 50, every weight 1, groups A (a, b) and B (c, d).
BOOST_AUTO_TEST_CASE(shares_of_none_half_and_first_split_a_tie) {
  const auto r = small();
  BOOST_TEST_REQUIRE(r.estimates.shares.size() == 2u);
  const auto& s1 = r.estimates.shares[0];
  const auto& s2 = r.estimates.shares[1];
  BOOST_TEST(s1.scenario == "S1");
  // Nobody gave S1 nothing, and everyone gave S2 half: no logit interval, the point itself.
  BOOST_TEST(s1.none.share == 0);
  BOOST_TEST(s1.none.ci95_low == 0);
  BOOST_TEST(s1.none.ci95_high == 0);
  BOOST_TEST(s2.half.share == 1);
  BOOST_TEST(s2.half.ci95_low == 1);
  // d gave both 50: S1 has half from one of four; d's first place is shared, 1/2 each.
  BOOST_TEST(std::fabs(s1.half.share - 0.25) < 1e-12);
  BOOST_TEST(std::fabs(s1.first.share - 0.125) < 1e-12);
  BOOST_TEST(std::fabs(s2.first.share - 0.875) < 1e-12);
  // Residuals from the group means (0, 0.5): 0, 0, -0.5, 0.5; e = r / 4; var = 4/3 * sum e^2.
  BOOST_TEST(std::fabs(s1.half.se - std::sqrt(4.0 / 3 * 2 * 0.125 * 0.125)) < 1e-12);
  BOOST_TEST(std::fabs(s1.first.se - std::sqrt(4.0 / 3 * 2 * 0.0625 * 0.0625)) < 1e-12);
  BOOST_TEST(std::fabs(s2.first.se - s1.first.se) < 1e-12);  // S2's first = 1 - S1's
  // The logit interval stays inside 0 to 1 and is not symmetric.
  BOOST_TEST(s1.first.ci95_low > 0);
  BOOST_TEST(s1.first.ci95_high - 0.125 > 0.125 - s1.first.ci95_low);
}

// Expected from R: plogis(qlogis(0.25) + c(-1, 1) * qt(0.975, 100) * 0.1 / (0.25 * 0.75)), which is
// what svyciprop(method = "logit") computes from a share, its standard error and n - 1 degrees of freedom.
BOOST_AUTO_TEST_CASE(logit_interval_as_svyciprop) {
  const auto e = logit_interval(0.25, 0.1, 101);
  BOOST_TEST(std::fabs(e.ci95_low - 0.103703962484059) < 1e-12);
  BOOST_TEST(std::fabs(e.ci95_high - 0.489877846770152) < 1e-12);
}

BOOST_AUTO_TEST_CASE(domains_are_estimated_or_suppressed) {
  const auto r = small();
  BOOST_TEST_REQUIRE(r.estimates.domains.size() == 2u);
  const auto& a = r.estimates.domains[0];
  BOOST_TEST(a.domain == "A");
  BOOST_TEST(std::fabs(a.weighted_mean[0] - 15) < 1e-12);
  // z = (y - 15) / 2 in A, 0 in B; the group means of z are 0, so e = z: var = 4/3 * 12.5.
  BOOST_TEST(std::fabs(a.se[0] - std::sqrt(4.0 / 3 * 12.5)) < 1e-12);
  BOOST_TEST(std::fabs(a.weight_share - 0.5) < 1e-12);

  const auto suppressed = small(3);
  BOOST_TEST(suppressed.estimates.domains[0].suppressed);
  BOOST_TEST(suppressed.estimates.domains[0].weighted_mean.empty());
}

BOOST_AUTO_TEST_CASE(pairwise_differences_count_the_covariance_of_the_means) {
  // Weights are all 1 (two respondents per group, equal populations). Residuals from the group
  // means: S1 -5, 5, -10, 10; S2 the opposite (S2 = group mean - S1 residual); S3 is constant.
  const auto sample = prepare_sample(
      parse_csv("id,group,S1,S2,S3\na,A,10,60,30\nb,A,20,50,30\nc,B,30,40,30\nd,B,50,20,30\n", "r.csv"),
      parse_margins(parse_csv("variable,category,population_count\ngroup,A,500\ngroup,B,500\n", "m.csv")), {});
  const auto r = weigh(sample, {});
  BOOST_TEST_REQUIRE(r.estimates.pairwise.size() == 3u);
  const double se1 = std::sqrt(4.0 / 3 * (2 * 1.25 * 1.25 + 2 * 2.5 * 2.5));
  const auto& s1_s2 = r.estimates.pairwise[0];
  BOOST_TEST(s1_s2.a == "S1");
  BOOST_TEST(s1_s2.b == "S2");
  BOOST_TEST(std::fabs(s1_s2.difference - (27.5 - 42.5)) < 1e-12);
  // S1 - S2 has residuals -10, 10, -20, 20: twice S1's, so twice its se (a sum of the two se's, as
  // the means move in opposite directions; without the covariance it would be sqrt(2) x).
  BOOST_TEST(std::fabs(s1_s2.se - 2 * se1) < 1e-12);
  BOOST_TEST(std::fabs(s1_s2.ci95_low - (-15 - z95 * 2 * se1)) < 1e-12);
  BOOST_TEST(std::fabs(s1_s2.ci95_high - (-15 + z95 * 2 * se1)) < 1e-12);
  const auto& s1_s3 = r.estimates.pairwise[1];
  BOOST_TEST(s1_s3.a == "S1");
  BOOST_TEST(s1_s3.b == "S3");
  BOOST_TEST(std::fabs(s1_s3.difference - (27.5 - 30)) < 1e-12);
  BOOST_TEST(std::fabs(s1_s3.se - se1) < 1e-12);  // S3 does not vary
  const auto& s2_s3 = r.estimates.pairwise[2];
  BOOST_TEST(s2_s3.a == "S2");
  BOOST_TEST(s2_s3.b == "S3");
  BOOST_TEST(std::fabs(s2_s3.difference - 12.5) < 1e-12);
  BOOST_TEST(std::fabs(s2_s3.se - se1) < 1e-12);

  const auto report = weighing_json(r);
  BOOST_TEST_REQUIRE(report["pairwise"].size() == 3u);
  BOOST_TEST(report["pairwise"][0]["a"] == "S1");
  BOOST_TEST(report["pairwise"][0]["b"] == "S2");
  BOOST_TEST(report["pairwise"][0]["difference"].get<double>() == s1_s2.difference);
  BOOST_TEST(report["pairwise"][0]["se"].get<double>() == s1_s2.se);
  BOOST_TEST(report["pairwise"][0]["ci95_low"].get<double>() == s1_s2.ci95_low);
  BOOST_TEST(report["pairwise"][0]["ci95_high"].get<double>() == s1_s2.ci95_high);
}

BOOST_AUTO_TEST_CASE(type_7_quantiles) {
  const std::vector<double> sorted{1, 2, 3, 4, 10};
  BOOST_TEST(quantile_of_sorted(sorted, 0.5) == 3);
  BOOST_TEST(std::fabs(quantile_of_sorted(sorted, 0.9) - 7.6) < 1e-12);
  BOOST_TEST(quantile_of_sorted(sorted, 0) == 1);
  BOOST_TEST(quantile_of_sorted(sorted, 1) == 10);
}

BOOST_AUTO_TEST_SUITE_END()
