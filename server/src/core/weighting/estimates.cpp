#include "core/weighting/estimates.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/weighting/calibration_residuals.hpp"

namespace mienskip {

namespace {

// Influence values e_i = w_i * (z_i - fitted) of a ratio estimator in a domain (all respondents
// when `domain` is -1), accumulated into the sums the with-replacement variance needs.
struct Influence {
  std::vector<double> sum;                   // [scenario]
  std::vector<std::vector<double>> cross;    // [scenario][scenario]
};

Influence influence(const Sample& sample, const Cells& cells, const CalibrationResiduals& regression,
                    const std::vector<double>& weights, const std::vector<double>& means,
                    double weight_total, int domain, bool cross_products) {
  const std::size_t n = weights.size();
  const std::size_t scenarios = sample.points.size();
  auto in_domain = [&](std::size_t i) { return domain < 0 || sample.domain_of[i] == domain; };

  std::vector<std::vector<double>> cell_sums(scenarios, std::vector<double>(cells.count(), 0.0));
  for (std::size_t i = 0; i < n; ++i) {
    if (!in_domain(i)) continue;
    const auto cell = cells.cell_of[i];
    for (std::size_t s = 0; s < scenarios; ++s) {
      cell_sums[s][cell] += (sample.points[s][i] - means[s]) / weight_total;
    }
  }
  std::vector<std::vector<double>> fitted(scenarios);
  for (std::size_t s = 0; s < scenarios; ++s) fitted[s] = regression.fitted(cell_sums[s]);
  Influence result;
  result.sum.assign(scenarios, 0.0);
  result.cross.assign(scenarios, std::vector<double>(scenarios, 0.0));
  std::vector<double> e(scenarios);
  for (std::size_t i = 0; i < n; ++i) {
    const bool member = in_domain(i);
    const auto cell = cells.cell_of[i];
    for (std::size_t s = 0; s < scenarios; ++s) {
      const double z = member ? (sample.points[s][i] - means[s]) / weight_total : 0.0;
      e[s] = weights[i] * (z - fitted[s][cell]);
      result.sum[s] += e[s];
    }
    for (std::size_t a = 0; a < scenarios; ++a) {
      const std::size_t last = cross_products ? scenarios : a + 1;
      for (std::size_t b = cross_products ? 0 : a; b < last; ++b) result.cross[a][b] += e[a] * e[b];
    }
  }
  return result;
}

double covariance(const Influence& f, std::size_t a, std::size_t b, std::size_t n) {
  const double nn = static_cast<double>(n);
  return nn / (nn - 1) * (f.cross[a][b] - f.sum[a] * f.sum[b] / nn);
}

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

}  // namespace

Estimates estimate(const Sample& sample, const Cells& cells, const std::vector<double>& weights,
                   long min_domain_respondents) {
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

  const Influence overall = influence(sample, cells, regression, weights, means, weight_total, -1, true);
  result.vcov.assign(scenarios, std::vector<double>(scenarios, 0.0));
  for (std::size_t a = 0; a < scenarios; ++a) {
    for (std::size_t b = 0; b < scenarios; ++b) result.vcov[a][b] = covariance(overall, a, b, n);
  }
  for (std::size_t s = 0; s < scenarios; ++s) {
    auto& estimate = result.scenarios[s];
    estimate.se = std::sqrt(result.vcov[s][s]);
    estimate.ci95_low = estimate.weighted_mean - z95 * estimate.se;
    estimate.ci95_high = estimate.weighted_mean + z95 * estimate.se;
  }
  for (std::size_t a = 0; a < scenarios; ++a) {
    for (std::size_t b = a + 1; b < scenarios; ++b) {
      ScenarioDifference d{sample.scenarios[a], sample.scenarios[b], means[a] - means[b], 0, 0, 0};
      // Rounding can take a variance that is 0 in exact arithmetic just below it.
      d.se = std::sqrt(std::max(0.0, result.vcov[a][a] + result.vcov[b][b] - 2 * result.vcov[a][b]));
      d.ci95_low = d.difference - z95 * d.se;
      d.ci95_high = d.difference + z95 * d.se;
      result.pairwise.push_back(std::move(d));
    }
  }

  for (std::size_t d = 0; d < sample.domain_labels.size(); ++d) {
    DomainEstimate domain;
    domain.domain = sample.domain_labels[d];
    double total = 0, squares = 0;
    std::vector<double> domain_means(scenarios, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      if (sample.domain_of[i] != static_cast<int>(d)) continue;
      domain.respondents += 1;
      total += weights[i];
      squares += weights[i] * weights[i];
      for (std::size_t s = 0; s < scenarios; ++s) domain_means[s] += weights[i] * sample.points[s][i];
    }
    domain.weight_share = total / weight_total;
    domain.ess = total * total / squares;
    if (domain.respondents < min_domain_respondents) {
      domain.suppressed = true;
      result.domains.push_back(std::move(domain));
      continue;
    }
    for (auto& mean : domain_means) mean /= total;
    const Influence f =
        influence(sample, cells, regression, weights, domain_means, total, static_cast<int>(d), false);
    domain.weighted_mean = domain_means;
    for (std::size_t s = 0; s < scenarios; ++s) domain.se.push_back(std::sqrt(covariance(f, s, s, n)));
    result.domains.push_back(std::move(domain));
  }
  return result;
}

}  // namespace mienskip
