#include "core/weighting/holdout.hpp"

#include <cmath>
#include <numeric>

#include "core/base/error.hpp"
#include "core/weighting/cells.hpp"
#include "core/weighting/raking.hpp"
#include "core/weighting/raking_targets.hpp"

namespace mienskip {

namespace {

// The largest |share - population share| of `margin`'s categories, in percentage points, with the
// respondents counted by `weights`; among those who answered, when `no_answer` is a category.
double largest_difference(const Margin& margin, int no_answer, const std::vector<std::uint16_t>& codes,
                          const std::vector<double>& weights) {
  std::vector<double> totals(margin.categories.size(), 0.0);
  for (std::size_t i = 0; i < codes.size(); ++i) totals[codes[i]] += weights[i];
  std::vector<double> population = margin.population;
  if (no_answer >= 0) totals[no_answer] = population[no_answer] = 0;
  const double weight_total = std::accumulate(totals.begin(), totals.end(), 0.0);
  const double population_total = std::accumulate(population.begin(), population.end(), 0.0);
  double largest = 0;
  for (std::size_t k = 0; k < totals.size(); ++k) {
    if (static_cast<int>(k) == no_answer) continue;
    largest = std::max(largest, 100 * std::fabs(totals[k] / weight_total - population[k] / population_total));
  }
  return largest;
}

// Weights per respondent from raking on every weighting variable but `left_out`.
std::vector<double> weights_without(const Sample& sample, std::size_t left_out) {
  const double n = static_cast<double>(sample.ids.size());
  std::vector<std::vector<std::uint16_t>> codes;
  std::vector<std::vector<double>> targets;
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> categories;
  for (std::size_t v = 0; v < sample.margins.size(); ++v) {
    if (v == left_out) continue;
    const auto& margin = sample.margins[v];
    codes.push_back(sample.codes[v]);
    targets.push_back(margin_targets(margin, n));
    names.push_back(margin.variable);
    categories.push_back(margin.categories);
  }
  const Cells cells = group_cells(codes);
  const RakingResult raked = rake(cells, targets, names, categories);
  std::vector<double> weights(cells.cell_of.size());
  for (std::size_t i = 0; i < weights.size(); ++i) weights[i] = raked.cell_weights[cells.cell_of[i]];
  return weights;
}

}  // namespace

std::vector<HoldoutCheck> holdout_checks(const Sample& sample) {
  std::vector<HoldoutCheck> checks;
  if (sample.margins.size() < 2) return checks;
  const std::vector<double> equal(sample.ids.size(), 1.0);
  for (std::size_t v = 0; v < sample.margins.size(); ++v) {
    HoldoutCheck check;
    check.variable = sample.margins[v].variable;
    check.before_pp = largest_difference(sample.margins[v], sample.no_answer[v], sample.codes[v], equal);
    try {
      check.after_pp = largest_difference(sample.margins[v], sample.no_answer[v], sample.codes[v], weights_without(sample, v));
    } catch (const Error&) {
      continue;  // the other variables alone cannot be met: no check for this one
    }
    checks.push_back(check);
  }
  return checks;
}

}  // namespace mienskip
