#pragma once

#include <string>
#include <vector>

#include "core/weighting/cells.hpp"
#include "core/weighting/domain_estimates.hpp"
#include "core/weighting/point_shares.hpp"
#include "core/weighting/sample.hpp"
#include "core/weighting/scenario_ranking.hpp"

namespace mienskip {

struct DistributionBin {
  std::string label;  // "0", "1-10", ..., "91-100"
  long respondents = 0;
  double weighted_share = 0;
};

struct ScenarioEstimate {
  std::string scenario;
  double unweighted_mean = 0;
  double unweighted_se = 0;
  double weighted_mean = 0;
  double se = 0;  // linearization for calibrated weights
  double ci95_low = 0;
  double ci95_high = 0;
  double share_any_unweighted = 0;  // gave the scenario more than 0 points
  double share_any_weighted = 0;
  double weighted_median = 0;
  std::vector<DistributionBin> distribution;
};

/// The difference between two scenarios' weighted means, a - b, with its own standard error:
/// the two means come from the same respondents, so their covariance counts
/// (se = sqrt(v_aa + v_bb - 2 v_ab), as survey::svycontrast computes it).
struct ScenarioDifference {
  std::string a, b;
  double difference = 0;
  double se = 0;
  double ci95_low = 0;
  double ci95_high = 0;
  // The 95% interval for all pairs at once: difference +- Estimates::ranking.critical_value x se.
  double simultaneous_low = 0;
  double simultaneous_high = 0;
};

struct Estimates {
  std::vector<ScenarioEstimate> scenarios;
  std::vector<std::vector<double>> vcov;  // covariance of the weighted means
  std::vector<ScenarioDifference> pairwise;  // every pair once, a before b in scenario order
  ScenarioRanking ranking;                   // simultaneous intervals, rank sets, equal means test
  std::vector<ScenarioShares> shares;        // per scenario: gave none, at least half, put first
  std::vector<DomainEstimate> domains;    // per category of sample.by
  std::vector<EqualMeansTest> domains_differ;  // [scenario] the Wald test that the shown domains agree
};

/// 1.96: the two-sided 95% normal quantile.
constexpr double z95 = 1.959963984540054;

/// Unweighted and weighted results per scenario, with standard errors by linearization for
/// calibrated weights (one stage, with replacement, no finite-population correction), their
/// covariance, the difference between every pair of scenarios, and results per domain (shown where
/// its Kish effective sample size is at least `min_domain_ess`, see domain_estimates.hpp).
/// `weights` are per respondent, on any scale (they are normalised).
Estimates estimate(const Sample& sample, const Cells& cells, const std::vector<double>& weights,
                   double min_domain_ess);

}  // namespace mienskip
