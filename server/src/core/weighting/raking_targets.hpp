#pragma once

#include <vector>

#include "core/weighting/sample.hpp"

namespace mienskip {

/// One variable's raking targets: its population shares times `n` (weights that sum to n).
std::vector<double> margin_targets(const Margin& margin, double n);

/// Raking targets per weighting variable and category: population shares times n (weights sum to n).
std::vector<std::vector<double>> raking_targets(const Sample& sample);

/// Quantile of sorted values by linear interpolation between order statistics (R's type 7).
double quantile_of_sorted(const std::vector<double>& sorted, double probability);

}  // namespace mienskip
