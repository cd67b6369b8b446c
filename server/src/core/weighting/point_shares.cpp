#include "core/weighting/point_shares.hpp"

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <numeric>

#include "core/weighting/calibration_residuals.hpp"
#include "core/weighting/linearization.hpp"

namespace mienskip {

namespace {

// Three columns per scenario, [3 s + 0] gave none, [3 s + 1] at least half, [3 s + 2] first.
std::vector<std::vector<double>> indicator_columns(const Sample& sample) {
  const std::size_t scenarios = sample.points.size();
  const std::size_t n = scenarios == 0 ? 0 : sample.points.front().size();
  std::vector<std::vector<double>> columns(3 * scenarios, std::vector<double>(n, 0.0));
  for (std::size_t i = 0; i < n; ++i) {
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
    for (std::size_t s = 0; s < scenarios; ++s) {
      const double p = sample.points[s][i];
      columns[3 * s][i] = p <= 0 ? 1.0 : 0.0;
      columns[3 * s + 1][i] = p >= half_points ? 1.0 : 0.0;
      columns[3 * s + 2][i] = p == most ? 1.0 / tied : 0.0;
    }
  }
  return columns;
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
  const auto columns = indicator_columns(sample);
  const double weight_total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<double> shares(columns.size(), 0.0);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    for (std::size_t i = 0; i < weights.size(); ++i) shares[c] += weights[i] * columns[c][i];
    shares[c] /= weight_total;
  }
  const CalibrationResiduals regression(cells);
  const Influence f = influence(columns, cells, regression, weights, shares, weight_total, {}, false);
  const auto estimate = [&](std::size_t c) {
    return logit_interval(shares[c], std::sqrt(std::max(0.0, covariance(f, c, c))), weights.size());
  };
  std::vector<ScenarioShares> result;
  for (std::size_t s = 0; s < sample.points.size(); ++s) {
    result.push_back({sample.scenarios[s], estimate(3 * s), estimate(3 * s + 1), estimate(3 * s + 2)});
  }
  return result;
}

}  // namespace mienskip
