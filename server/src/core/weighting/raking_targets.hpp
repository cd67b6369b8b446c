#pragma once

#include <cstdint>
#include <vector>

#include "core/weighting/sample.hpp"

namespace mienskip {

/// One variable's raking targets: its population shares times `n` (weights that sum to n).
std::vector<double> margin_targets(const Margin& margin, double n);

/// Raking targets per weighting variable and category: population shares times n (weights sum to n).
std::vector<std::vector<double>> raking_targets(const Sample& sample);

/// The targets for respondents coded `codes` ([variable][respondent], such as a resample of the
/// sample's): as raking_targets, except that a "(no answer)" category (Sample::no_answer) gets its
/// own count in `codes` and the variable's other categories share the rest in their proportions.
std::vector<std::vector<double>> raking_targets(const Sample& sample, const std::vector<std::vector<std::uint16_t>>& codes);

/// Quantile of sorted values by linear interpolation between order statistics (R's type 7).
double quantile_of_sorted(const std::vector<double>& sorted, double probability);

}  // namespace mienskip
