#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/weighting/cells.hpp"
#include "core/weighting/holdout.hpp"
#include "core/weighting/r_indicator_interval.hpp"
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

/// A variable's categories among the respondents who answered it: those kept who skipped it
/// (Sample::no_answer) are counted in `no_answer` and have no population share to compare with.
/// They stay in the propensity model, so the partial R-indicators include them.
struct VariableComparison {
  std::string variable;
  std::vector<CategoryComparison> categories;
  long no_answer = 0;
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

/// Response propensities from the main-effects model that raking fits, only when the margins are
/// counts. On the population base rho_i = 1 / (population weight of i), whose mean n / N is tiny
/// for any survey, so R = 1 - 2 S(rho) is close to 1 whatever the skew. On the invited base (the
/// codes issued, M, drawn at random from the population) rho_i = N / (M x population weight of i),
/// the chance that an invited resident like i answered, with mean n / M, the response rate: the
/// R-indicator means something there. The CV is the same on either base. With margins only, the
/// model has no interactions (young women cannot differ from young men beyond what age and gender
/// say apart), so the variation of propensities is understated.
struct PropensityIndicators {
  bool invited_base = false;  // true: rho on the invited base; false: on the population
  double base = 0;            // M or N
  double rho_mean = 0;        // the response rate n / base
  double s_rho = 0;
  double r_indicator = 0;  // 1 - 2 S(rho)
  double max_rho = 0;      // the largest propensity: above 1 on the invited base, the model cannot hold
  std::optional<RIndicatorInterval> r_interval;  // on the invited base only (r_indicator_interval.hpp)
  double cv_rho = 0;       // S(rho) / mean: lead with this; R looks good whenever response is low
};

/// Whether the R-indicator says something: on the invited base, and only while no propensity is
/// above 1. A chance above 1 means the model does not fit: the codes were not drawn at random from
/// the population the margins describe, the groups are small enough for chance to do it, or the
/// model misses what drove response; then neither the propensities nor R mean anything.
bool r_indicator_applies(const PropensityIndicators& indicators);

struct Representativeness {
  std::vector<VariableComparison> variables;
  std::optional<PropensityIndicators> overall;
  std::vector<HoldoutCheck> holdout;  // each weighting variable left out in turn (holdout.hpp)
};

/// Compares respondents with the population per weighting variable and computes the
/// R-indicator family (Schouten, Cobben and Bethlehem 2009; Schouten, Shlomo and Skinner 2011),
/// Weighted shares use `weights` (the reported ones); propensities use `propensity_weights`, the
/// unbounded raking weights, whose inverses are the main-effects response propensities. Any scale.
/// `invited`: the number of invitation codes issued, when residents needed one; the propensities
/// are then on the invited base.
Representativeness compare_with_population(const Sample& sample, const std::vector<double>& weights,
                                           const std::vector<double>& propensity_weights,
                                           std::optional<double> invited = std::nullopt);

}  // namespace mienskip
