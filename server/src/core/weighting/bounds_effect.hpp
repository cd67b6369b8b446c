#pragma once

#include <vector>

#include "core/weighting/raking.hpp"

namespace mienskip {

/// What bounding the weights did: the shares of respondents whose weight sits at the lower and at
/// the upper bound, and how far each scenario's weighted mean is from the unbounded raking's. A
/// council should know when bounds carry the result: many weights at a bound means the margins
/// are only met by stretching the others, and a large change means the bounds, not the answers,
/// move the figures.
struct BoundsEffect {
  double share_at_lower = 0;
  double share_at_upper = 0;
  std::vector<double> unbounded_means;  // [scenario]
  double max_change = 0;                // the largest |bounded - unbounded| weighted mean, in points
};

/// `weights` bounded (mean 1, so the bounds are weights), `unbounded` the plain raking weights,
/// `points` [scenario][respondent]. A weight counts as at a bound within 1e-7 of it (relative).
BoundsEffect bounds_effect(const WeightBounds& bounds, const std::vector<double>& weights,
                           const std::vector<double>& unbounded, const std::vector<std::vector<double>>& points);

}  // namespace mienskip
