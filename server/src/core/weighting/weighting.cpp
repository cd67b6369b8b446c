#include "core/weighting/weighting.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/weighting/cells.hpp"
#include "core/weighting/r_indicator_interval.hpp"

namespace mienskip {

namespace {

std::vector<double> per_respondent(const Cells& cells, const std::vector<double>& cell_weights) {
  std::vector<double> weights(cells.cell_of.size());
  for (std::size_t i = 0; i < weights.size(); ++i) weights[i] = cell_weights[cells.cell_of[i]];
  return weights;
}

WeightSummary summarise(const std::vector<double>& weights) {
  std::vector<double> sorted = weights;
  std::sort(sorted.begin(), sorted.end());
  const double n = static_cast<double>(sorted.size());
  WeightSummary s;
  s.min = sorted.front();
  s.max = sorted.back();
  s.p01 = quantile_of_sorted(sorted, 0.01);
  s.p05 = quantile_of_sorted(sorted, 0.05);
  s.q1 = quantile_of_sorted(sorted, 0.25);
  s.median = quantile_of_sorted(sorted, 0.5);
  s.q3 = quantile_of_sorted(sorted, 0.75);
  s.p95 = quantile_of_sorted(sorted, 0.95);
  s.p99 = quantile_of_sorted(sorted, 0.99);
  s.mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / n;
  double squares = 0;
  for (double w : sorted) squares += (w - s.mean) * (w - s.mean);
  s.sd = std::sqrt(squares / (n - 1));
  s.cv = std::sqrt(squares / n) / s.mean;
  s.max_over_min = s.max / s.min;
  return s;
}

}  // namespace

WeighingResult weigh(Sample sample, const WeighingOptions& options) {
  const Cells cells = group_cells(sample.codes);
  const auto targets = raking_targets(sample);
  std::vector<std::string> variables;
  std::vector<std::vector<std::string>> categories;
  for (const auto& margin : sample.margins) {
    variables.push_back(margin.variable);
    categories.push_back(margin.categories);
  }

  WeighingResult result;
  result.options = options;
  // Propensities for the R-indicators come from the unbounded model even when the reported
  // weights are bounded.
  const RakingResult unbounded = rake(cells, targets, variables, categories);
  const RakingResult final_weights =
      options.bounds ? rake(cells, targets, variables, categories, options.bounds) : unbounded;
  result.passes = final_weights.passes;
  result.max_rel_margin_error = final_weights.max_rel_margin_error;
  result.weights = per_respondent(cells, final_weights.cell_weights);

  const double n = static_cast<double>(result.weights.size());
  double squares = 0;
  for (double w : result.weights) squares += w * w;
  const double total = std::accumulate(result.weights.begin(), result.weights.end(), 0.0);
  result.kish_deff = n * squares / (total * total);
  result.effective_sample_size = total * total / squares;
  result.summary = summarise(result.weights);

  result.estimates = estimate(sample, cells, result.weights, options.min_domain_ess);
  const auto unbounded_weights = per_respondent(cells, unbounded.cell_weights);
  std::optional<double> invited;
  if (options.invited) invited = static_cast<double>(*options.invited);
  result.representativeness = compare_with_population(sample, result.weights, unbounded_weights, invited);
  result.representativeness.holdout = holdout_checks(sample);
  if (auto& overall = result.representativeness.overall; overall && invited && r_indicator_applies(*overall)) {
    overall->r_interval = r_indicator_interval(sample, *invited);
  }
  if (options.bounds) result.bounds_effect = bounds_effect(*options.bounds, result.weights, unbounded_weights, sample.points);
  result.sample = std::move(sample);
  return result;
}

}  // namespace mienskip
