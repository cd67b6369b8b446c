#include "core/weighting/point_shares.hpp"

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>

#include "core/weighting/calibration_residuals.hpp"
#include "core/weighting/group_linearization.hpp"

namespace mienskip {

namespace {

// Per cell sums of three indicators per scenario over every respondent, in one pass and without
// holding the indicators (18 columns of a million respondents would be 144 MB): [3 s + 0] gave
// none, [3 s + 1] at least half, [3 s + 2] first (a tie split).
std::vector<GroupSums> indicator_sums(const Sample& sample, const Cells& cells, const std::vector<double>& weights) {
  const std::size_t scenarios = sample.points.size();
  std::vector<GroupSums> sums(3 * scenarios, GroupSums(cells.count()));
  for (std::size_t i = 0; i < weights.size(); ++i) {
    double most = -1;
    int tied = 0;
    for (std::size_t s = 0; s < scenarios; ++s) {
      const double p = sample.points[s][i];
      if (p > most) {
        most = p;
        tied = 1;
      } else if (p == most) {
        tied += 1;
      }
    }
    const auto cell = cells.cell_of[i];
    for (std::size_t s = 0; s < scenarios; ++s) {
      const double p = sample.points[s][i];
      add_to_cell(sums[3 * s][cell], p <= 0 ? 1.0 : 0.0, weights[i]);
      add_to_cell(sums[3 * s + 1][cell], p >= half_points ? 1.0 : 0.0, weights[i]);
      add_to_cell(sums[3 * s + 2][cell], p == most ? 1.0 / tied : 0.0, weights[i]);
    }
  }
  return sums;
}

}  // namespace

ShareEstimate logit_interval(double share, double se, std::size_t respondents) {
  ShareEstimate estimate{share, se, share, share};
  if (share <= 0 || share >= 1 || se <= 0 || respondents < 2) return estimate;
  const boost::math::students_t t(static_cast<double>(respondents - 1));
  const double quantile = boost::math::quantile(boost::math::complement(t, 0.025));
  const double logit = std::log(share / (1 - share));
  const double half_width = quantile * se / (share * (1 - share));
  const auto expit = [](double x) { return 1 / (1 + std::exp(-x)); };
  estimate.ci95_low = expit(logit - half_width);
  estimate.ci95_high = expit(logit + half_width);
  return estimate;
}

std::vector<ScenarioShares> point_shares(const Sample& sample, const Cells& cells, const std::vector<double>& weights) {
  const auto sums = indicator_sums(sample, cells, weights);
  const CalibrationResiduals regression(cells);
  // Every respondent is in the group: the share's influence is the whole sample's, as svymean's.
  const GroupLinearization linearization(cells, regression, weights);
  const auto estimate = [&](std::size_t c) {
    const GroupInfluence f = linearization.influence(sums[c]);
    return logit_interval(f.mean, std::sqrt(std::max(0.0, linearization.covariance(f, f, true))), weights.size());
  };
  std::vector<ScenarioShares> result;
  for (std::size_t s = 0; s < sample.points.size(); ++s) {
    result.push_back({sample.scenarios[s], estimate(3 * s), estimate(3 * s + 1), estimate(3 * s + 2)});
  }
  return result;
}

}  // namespace mienskip
