#include "core/weighting/r_indicator_interval.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "core/base/error.hpp"
#include "core/weighting/cells.hpp"
#include "core/weighting/raking.hpp"
#include "core/weighting/raking_targets.hpp"

namespace mienskip {

namespace {

// minstd_rand written out, so that the draws are defined by this file rather than a library.
struct Draws {
  std::uint64_t x = 20261207;
  std::size_t next(std::size_t n) {
    x = (48271 * x) % 2147483647;
    return static_cast<std::size_t>(x % n);
  }
};

// The R-indicator of one resample: rho_i = N / (M x population weight), S over the population.
double r_indicator(const std::vector<double>& weights, double N, double M) {
  const double n = static_cast<double>(weights.size());
  const double mean = n / M;
  double squares = 0;
  for (double w : weights) {
    const double population_weight = w * N / n;
    const double rho = N / (M * population_weight);
    squares += population_weight * (rho - mean) * (rho - mean);
  }
  return 1 - 2 * std::sqrt(squares / (N - 1));
}

// The resample's weights, or none when a category with population has no respondent in it.
std::optional<std::vector<double>> raked_resample(const Sample& sample, const std::vector<std::size_t>& rows) {
  std::vector<std::vector<std::uint16_t>> codes(sample.codes.size());
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> categories;
  for (std::size_t v = 0; v < sample.codes.size(); ++v) {
    std::vector<long> count(sample.margins[v].categories.size(), 0);
    for (auto row : rows) {
      codes[v].push_back(sample.codes[v][row]);
      count[sample.codes[v][row]] += 1;
    }
    for (std::size_t k = 0; k < count.size(); ++k) {
      // "(no answer)" takes the resample's own count, none included (raking_targets).
      if (static_cast<int>(k) == sample.no_answer[v]) continue;
      if (count[k] == 0 && sample.margins[v].population[k] > 0) return std::nullopt;
    }
    names.push_back(sample.margins[v].variable);
    categories.push_back(sample.margins[v].categories);
  }
  const Cells cells = group_cells(codes);
  RakingResult raked;
  try {
    raked = rake(cells, raking_targets(sample, codes), names, categories);
  } catch (const Error&) {
    return std::nullopt;  // the resample's cells cannot meet every margin at once
  }
  std::vector<double> weights(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) weights[i] = raked.cell_weights[cells.cell_of[i]];
  return weights;
}

}  // namespace

std::optional<RIndicatorInterval> r_indicator_interval(const Sample& sample, double invited, int replicates) {
  if (!sample.population_total || sample.ids.empty()) return std::nullopt;
  const std::size_t n = sample.ids.size();
  Draws draws;
  RIndicatorInterval interval;
  std::vector<double> values;
  std::vector<std::size_t> rows(n);
  for (int b = 0; b < replicates; ++b) {
    for (auto& row : rows) row = draws.next(n);
    const auto weights = raked_resample(sample, rows);
    if (!weights) {
      interval.skipped += 1;
      continue;
    }
    values.push_back(r_indicator(*weights, *sample.population_total, invited));
  }
  interval.replicates = static_cast<int>(values.size());
  // Many resamples that cannot be raked mean categories too sparse for the resamples to stand for
  // the respondents: the values of the others would make an interval only in appearance.
  if (interval.skipped * 10 > replicates) return std::nullopt;
  std::sort(values.begin(), values.end());
  interval.low = quantile_of_sorted(values, 0.025);
  interval.high = quantile_of_sorted(values, 0.975);
  return interval;
}

}  // namespace mienskip
