#include "core/weighting/raking_targets.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mienskip {

std::vector<double> margin_targets(const Margin& margin, double n) {
  const double total = std::accumulate(margin.population.begin(), margin.population.end(), 0.0);
  std::vector<double> targets;
  for (double p : margin.population) targets.push_back(p / total * n);
  return targets;
}

std::vector<std::vector<double>> raking_targets(const Sample& sample) {
  const double n = static_cast<double>(sample.ids.size());
  std::vector<std::vector<double>> targets;
  for (const auto& margin : sample.margins) targets.push_back(margin_targets(margin, n));
  return targets;
}

std::vector<std::vector<double>> raking_targets(const Sample& sample, const std::vector<std::vector<std::uint16_t>>& codes) {
  std::vector<std::vector<double>> targets;
  for (std::size_t v = 0; v < sample.margins.size(); ++v) {
    const Margin& margin = sample.margins[v];
    const double n = static_cast<double>(codes[v].size());
    const int no_answer = sample.no_answer[v];
    if (no_answer < 0) {
      targets.push_back(margin_targets(margin, n));
      continue;
    }
    const double skipped = static_cast<double>(std::count(codes[v].begin(), codes[v].end(), no_answer));
    const double answered_population =
        std::accumulate(margin.population.begin(), margin.population.end(), 0.0) - margin.population[no_answer];
    std::vector<double> variable;
    for (double p : margin.population) variable.push_back(p / answered_population * (n - skipped));
    variable[no_answer] = skipped;
    targets.push_back(std::move(variable));
  }
  return targets;
}

double quantile_of_sorted(const std::vector<double>& sorted, double probability) {
  const double h = (static_cast<double>(sorted.size()) - 1) * probability;
  const auto below = static_cast<std::size_t>(std::floor(h));
  if (below + 1 >= sorted.size()) return sorted.back();
  return sorted[below] + (h - static_cast<double>(below)) * (sorted[below + 1] - sorted[below]);
}

}  // namespace mienskip
