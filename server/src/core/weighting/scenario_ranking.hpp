#pragma once

#include <vector>

#include "core/weighting/max_normal.hpp"

namespace mienskip {

/// The ranks the data allow a scenario, 1 being the most points: {1} when it is first beyond
/// doubt, {1, 2, 3} (best 1, worst 3) when two others may be ahead of it.
struct RankSet {
  int best = 0;
  int worst = 0;
};

/// The Wald test that every scenario has the same mean: W = d'(C V C')^+ d for the differences
/// d = C m of every scenario with the last one, the generalised inverse because V is singular
/// (the means sum to the budget), degrees of freedom the rank of C V C', p from chi-square.
struct EqualMeansTest {
  double statistic = 0;
  int degrees_of_freedom = 0;
  double p_value = 1;
};

/// The Wald test for `means` with covariance `covariance` (any number of them: scenarios, or the
/// areas' means of one scenario).
EqualMeansTest equal_means_test(const std::vector<double>& means, const Matrix& covariance);

/// How far the scenarios' weighted means can be told apart, all at once at 95%:
/// - `critical_value`: the simultaneous critical value for the differences of every pair
///   (max-|z| over their joint normal, as multcomp's confint(glht(..., Tukey)) with adjusted
///   calpha); each pair's simultaneous interval is the difference +- critical_value x its SE;
/// - `ranks`: per scenario, the rank set that these intervals give (Mogstad, Romano, Shaikh and
///   Wilhelm 2024, "Inference for ranks", the joint single-step version): a scenario can be no
///   better than 1 + the number of scenarios clearly above it, no worse than K - the number
///   clearly below it; all K rank sets hold together with 95% confidence;
/// - `equal_means`: the Wald test.
struct ScenarioRanking {
  double critical_value = 0;
  std::vector<RankSet> ranks;
  EqualMeansTest equal_means;
};

ScenarioRanking rank_scenarios(const std::vector<double>& means, const Matrix& covariance);

/// The contrasts of every pair, a - b with a before b: the rows multcomp's contrMat(type = "Tukey")
/// has, in the order of Estimates::pairwise.
Matrix pairwise_contrasts(std::size_t scenarios);

}  // namespace mienskip
