#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/weighting/cells.hpp"

namespace mienskip {

/// Weight bounds as multiples of the mean weight.
struct WeightBounds {
  double lower;
  double upper;
};

struct RakingResult {
  std::vector<double> cell_weights;  // [cell], on the scale where weights sum to n
  int passes = 0;
  double max_rel_margin_error = 0;   // largest |weighted total / target - 1| over all categories
};

/// Rakes (iterative proportional fitting) cell weights, starting from equal weights, until every
/// category's weighted total is within 1e-10 relative of `targets[variable][category]` (which sum
/// to n for each variable), in at most 1,000 passes.
///
/// With `bounds`, every weight stays within [lower, upper] while the margins are still met
/// exactly: each category's adjustment is found by bisection of the clipped total, which solves
/// the bounded raking problem w = clip(prod of category factors, lower, upper). Bounds that no
/// weights can meet are refused before iterating (`bounds_infeasible`, naming the category).
///
/// Throws Error `not_converged` (with the remaining margin errors) rather than return weights
/// that do not meet the margins.
RakingResult rake(const Cells& cells, const std::vector<std::vector<double>>& targets,
                  const std::vector<std::string>& variable_names,
                  const std::vector<std::vector<std::string>>& category_names,
                  std::optional<WeightBounds> bounds = std::nullopt);

}  // namespace mienskip
