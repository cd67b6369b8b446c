#pragma once

#include <string>
#include <vector>

#include "core/weighting/cells.hpp"
#include "core/weighting/sample.hpp"

namespace mienskip {

/// A weighted share of respondents with its standard error (linearization for calibrated weights,
/// as for the means) and its 95% interval on the logit scale, as survey::svyciprop(method =
/// "logit") gives it: expit(logit(p) +- t(0.975, n - 1) x se / (p (1 - p))). The interval stays
/// inside 0 to 1 and is not symmetric near either end. A share of exactly 0 or 1 has no logit
/// interval: it is given as the point itself (se 0).
struct ShareEstimate {
  double share = 0;
  double se = 0;
  double ci95_low = 0;
  double ci95_high = 0;
};

/// How a scenario's points were spread, beyond the mean: who gave it nothing, who gave it at least
/// half the points, and who put it first.
struct ScenarioShares {
  std::string scenario;
  ShareEstimate none;   // gave it 0 points
  ShareEstimate half;   // gave it at least `half_points`
  ShareEstimate first;  // gave it the most of their own points; a tie for first counts 1/k each
};

/// 50 of the 100 points.
constexpr double half_points = 50;

/// The shares for every scenario of `sample`, with `weights` (any scale) and the cells of the
/// weighting variables for the standard errors.
std::vector<ScenarioShares> point_shares(const Sample& sample, const Cells& cells, const std::vector<double>& weights);

/// The logit interval of a share with standard error `se` among `respondents`.
ShareEstimate logit_interval(double share, double se, std::size_t respondents);

}  // namespace mienskip
