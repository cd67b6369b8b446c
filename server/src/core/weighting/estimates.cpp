#include "core/weighting/estimates.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/weighting/calibration_residuals.hpp"
#include "core/weighting/linearization.hpp"

namespace mienskip {

namespace {

std::vector<DistributionBin> empty_bins() {
  std::vector<DistributionBin> bins;
  bins.push_back({"0", 0, 0});
  for (int from = 1; from <= 91; from += 10) {
    bins.push_back({std::to_string(from) + "-" + std::to_string(from + 9), 0, 0});
  }
  bins.push_back({">100", 0, 0});
  return bins;
}

std::size_t bin_of(double points) {
  if (points > 100) return 11;
  if (points <= 0) return 0;
  return 1 + static_cast<std::size_t>(std::min(9.0, std::floor((std::ceil(points) - 1) / 10)));
}

// One pass over a scenario's points: sums for the means and shares, the distribution, and a
// weighted histogram of whole points (points are whole numbers within the budget in practice),
// from which the weighted median follows without sorting.
struct ScenarioPass {
  double sum = 0, weighted = 0, any = 0, weighted_any = 0;
  std::vector<DistributionBin> bins = empty_bins();
  bool whole_points = true;
  std::vector<double> mass = std::vector<double>(10001, 0.0);
};

ScenarioPass scan(const std::vector<double>& y, const std::vector<double>& weights) {
  ScenarioPass pass;
  for (std::size_t i = 0; i < y.size(); ++i) {
    const double p = y[i];
    const double w = weights[i];
    pass.sum += p;
    pass.weighted += w * p;
    if (p > 0) {
      pass.any += 1;
      pass.weighted_any += w;
    }
    auto& bin = pass.bins[bin_of(p)];
    bin.respondents += 1;
    bin.weighted_share += w;
    if (pass.whole_points && p >= 0 && p <= 10000 && p == std::floor(p)) {
      pass.mass[static_cast<std::size_t>(p)] += w;
    } else {
      pass.whole_points = false;
    }
  }
  return pass;
}

// The smallest value whose cumulative weight reaches half the total.
double weighted_median(const ScenarioPass& pass, const std::vector<double>& points,
                       const std::vector<double>& weights, double weight_total) {
  const double half = weight_total / 2 * (1 - 1e-12);
  double cumulative = 0;
  if (pass.whole_points) {
    for (std::size_t v = 0; v < pass.mass.size(); ++v) {
      cumulative += pass.mass[v];
      if (cumulative >= half) return static_cast<double>(v);
    }
  }
  std::vector<std::size_t> order(points.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return points[a] < points[b]; });
  cumulative = 0;
  for (auto i : order) {
    cumulative += weights[i];
    if (cumulative >= half) return points[i];
  }
  return points[order.back()];
}

// Every pair once, a before b, with its own 95% interval and the one for all pairs at once.
std::vector<ScenarioDifference> pairwise_differences(const std::vector<std::string>& names, const std::vector<double>& means,
                                                     const Matrix& vcov, double critical_value) {
  std::vector<ScenarioDifference> pairs;
  for (std::size_t a = 0; a < means.size(); ++a) {
    for (std::size_t b = a + 1; b < means.size(); ++b) {
      ScenarioDifference d{names[a], names[b], means[a] - means[b]};
      // Rounding can take a variance that is 0 in exact arithmetic just below it.
      d.se = std::sqrt(std::max(0.0, vcov[a][a] + vcov[b][b] - 2 * vcov[a][b]));
      d.ci95_low = d.difference - z95 * d.se;
      d.ci95_high = d.difference + z95 * d.se;
      d.simultaneous_low = d.difference - critical_value * d.se;
      d.simultaneous_high = d.difference + critical_value * d.se;
      pairs.push_back(std::move(d));
    }
  }
  return pairs;
}

}  // namespace

Estimates estimate(const Sample& sample, const Cells& cells, const std::vector<double>& weights,
                   double min_domain_ess) {
  const std::size_t n = weights.size();
  const std::size_t scenarios = sample.points.size();
  const double nn = static_cast<double>(n);
  const double weight_total = std::accumulate(weights.begin(), weights.end(), 0.0);
  const CalibrationResiduals regression(cells);

  Estimates result;
  std::vector<double> means(scenarios);
  for (std::size_t s = 0; s < scenarios; ++s) {
    const auto& y = sample.points[s];
    ScenarioEstimate estimate;
    estimate.scenario = sample.scenarios[s];
    const ScenarioPass pass = scan(y, weights);
    estimate.unweighted_mean = pass.sum / nn;
    double squares = 0;
    for (std::size_t i = 0; i < n; ++i) squares += (y[i] - estimate.unweighted_mean) * (y[i] - estimate.unweighted_mean);
    estimate.unweighted_se = std::sqrt(squares / (nn - 1) / nn);
    estimate.weighted_mean = pass.weighted / weight_total;
    estimate.share_any_unweighted = pass.any / nn;
    estimate.share_any_weighted = pass.weighted_any / weight_total;
    estimate.weighted_median = weighted_median(pass, y, weights, weight_total);
    estimate.distribution = pass.bins;
    for (auto& bin : estimate.distribution) bin.weighted_share /= weight_total;
    if (estimate.distribution.back().respondents == 0) estimate.distribution.pop_back();
    means[s] = estimate.weighted_mean;
    result.scenarios.push_back(std::move(estimate));
  }

  const Influence overall = influence(sample.points, cells, regression, weights, means, weight_total);
  result.vcov.assign(scenarios, std::vector<double>(scenarios, 0.0));
  for (std::size_t a = 0; a < scenarios; ++a) {
    for (std::size_t b = 0; b < scenarios; ++b) result.vcov[a][b] = covariance(overall, a, b);
  }
  for (std::size_t s = 0; s < scenarios; ++s) {
    auto& estimate = result.scenarios[s];
    estimate.se = std::sqrt(result.vcov[s][s]);
    estimate.ci95_low = estimate.weighted_mean - z95 * estimate.se;
    estimate.ci95_high = estimate.weighted_mean + z95 * estimate.se;
  }
  result.ranking = rank_scenarios(means, result.vcov);
  result.shares = point_shares(sample, cells, weights);
  result.pairwise = pairwise_differences(sample.scenarios, means, result.vcov, result.ranking.critical_value);

  auto domains = estimate_domains(sample, cells, regression, weights, min_domain_ess);
  result.domains = std::move(domains.domains);
  result.domains_differ = std::move(domains.differ);
  return result;
}

}  // namespace mienskip
