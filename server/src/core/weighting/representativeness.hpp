#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/weighting/cells.hpp"
#include "core/weighting/sample.hpp"

namespace mienskip {

struct CategoryComparison {
  std::string category;
  double population = 0;
  double population_share = 0;
  long respondents = 0;
  double sample_share = 0;
  double weighted_share = 0;
  double difference_pp = 0;          // sample share - population share, in percentage points
  double representation_ratio = 0;   // sample share / population share
  std::optional<double> response_rate;             // respondents / population (counts only)
  std::optional<double> partial_r_unconditional;   // signed
  std::optional<double> partial_r_conditional;
  double asmd_before = 0;            // |sample - population share| / sqrt(p (1 - p))
  double asmd_after = 0;             // the same for the weighted share
};

struct VariableComparison {
  std::string variable;
  std::vector<CategoryComparison> categories;
  double dissimilarity_index = 0;    // half the sum of absolute share differences
  double chi_square = 0;             // goodness of fit of the sample to the population shares
  int degrees_of_freedom = 0;
  double p_value = 0;
  double cohens_w = 0;
  double cramers_v = 0;
  double max_abs_difference_pp = 0;
  double weighted_max_abs_difference = 0;  // after weighting: should be rounding error
  std::optional<double> partial_r_unconditional;
  std::optional<double> partial_r_conditional;
};

/// Response propensities rho_i = 1 / (population weight of i), from the main-effects model that
/// raking fits. Only available when the margins are counts.
struct PropensityIndicators {
  double rho_mean = 0;
  double s_rho = 0;
  double r_indicator = 0;  // 1 - 2 S(rho)
  double cv_rho = 0;       // S(rho) / mean: lead with this; R looks good whenever response is low
};

struct Representativeness {
  std::vector<VariableComparison> variables;
  std::optional<PropensityIndicators> overall;
};

/// Compares respondents with the population per weighting variable and computes the
/// R-indicator family (Schouten, Cobben and Bethlehem 2009; Schouten, Shlomo and Skinner 2011),
/// Weighted shares use `weights` (the reported ones); propensities use `propensity_weights`, the
/// unbounded raking weights, whose inverses are the main-effects response propensities. Any scale.
Representativeness compare_with_population(const Sample& sample, const std::vector<double>& weights,
                                           const std::vector<double>& propensity_weights);

}  // namespace mienskip
