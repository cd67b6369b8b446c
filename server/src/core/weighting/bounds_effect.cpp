#include "core/weighting/bounds_effect.hpp"

#include <cmath>
#include <numeric>

namespace mienskip {

namespace {

double weighted_mean(const std::vector<double>& weights, const std::vector<double>& y) {
  double total = 0, weighted = 0;
  for (std::size_t i = 0; i < y.size(); ++i) {
    total += weights[i];
    weighted += weights[i] * y[i];
  }
  return weighted / total;
}

bool at(double weight, double bound) { return std::fabs(weight - bound) <= 1e-7 * bound; }

}  // namespace

BoundsEffect bounds_effect(const WeightBounds& bounds, const std::vector<double>& weights,
                           const std::vector<double>& unbounded, const std::vector<std::vector<double>>& points) {
  BoundsEffect effect;
  const double n = static_cast<double>(weights.size());
  // The bounds are multiples of the mean weight.
  const double mean = std::accumulate(weights.begin(), weights.end(), 0.0) / n;
  for (double w : weights) {
    if (at(w, bounds.lower * mean)) effect.share_at_lower += 1 / n;
    if (at(w, bounds.upper * mean)) effect.share_at_upper += 1 / n;
  }
  for (const auto& y : points) {
    effect.unbounded_means.push_back(weighted_mean(unbounded, y));
    effect.max_change = std::max(effect.max_change, std::fabs(weighted_mean(weights, y) - effect.unbounded_means.back()));
  }
  return effect;
}

}  // namespace mienskip
