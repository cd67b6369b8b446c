#include "core/panel/algorithms/legacy_selection.hpp"

#include <algorithm>

#include "core/base/error.hpp"

namespace mienskip {

namespace {

std::optional<std::vector<std::size_t>> one_attempt(const Pool& pool, int k, DeterministicRandom& random) {
  const std::size_t C = pool.categories.size();
  std::vector<bool> available(pool.ids.size(), true);
  std::vector<std::vector<int>> selected(C), remaining(C);
  for (std::size_t c = 0; c < C; ++c) {
    selected[c].assign(pool.categories[c].values.size(), 0);
    remaining[c].assign(pool.categories[c].values.size(), 0);
  }
  for (const auto& values : pool.values) {
    for (std::size_t c = 0; c < C; ++c) ++remaining[c][values[c]];
  }
  auto remove = [&](std::size_t i) {
    if (!available[i]) return;
    available[i] = false;
    for (std::size_t c = 0; c < C; ++c) --remaining[c][pool.values[i][c]];
  };
  std::vector<std::size_t> panel;
  for (int seat = 0; seat < k; ++seat) {
    double best = -1e300;
    std::size_t best_category = 0, best_value = 0;
    bool found = false;
    for (std::size_t c = 0; c < C; ++c) {
      for (std::size_t v = 0; v < selected[c].size(); ++v) {
        if (selected[c][v] + remaining[c][v] < pool.categories[c].min[v]) return std::nullopt;
        if (remaining[c][v] == 0 || selected[c][v] >= pool.categories[c].max[v]) continue;
        const double ratio = static_cast<double>(pool.categories[c].min[v] - selected[c][v]) / remaining[c][v];
        if (ratio > best) {
          best = ratio;
          best_category = c;
          best_value = v;
          found = true;
        }
      }
    }
    if (!found) return std::nullopt;
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < pool.ids.size(); ++i) {
      if (available[i] && pool.values[i][best_category] == static_cast<int>(best_value)) candidates.push_back(i);
    }
    const std::size_t person = candidates[random.below(candidates.size())];
    panel.push_back(person);
    remove(person);
    for (std::size_t c = 0; c < C; ++c) ++selected[c][pool.values[person][c]];
    if (!pool.household.empty()) {
      for (std::size_t i = 0; i < pool.ids.size(); ++i) {
        if (pool.household[i] == pool.household[person]) remove(i);
      }
    }
    for (std::size_t c = 0; c < C; ++c) {
      const int v = pool.values[person][c];
      if (selected[c][v] >= pool.categories[c].max[v]) {
        for (std::size_t i = 0; i < pool.ids.size(); ++i) {
          if (available[i] && pool.values[i][c] == v) remove(i);
        }
      }
    }
  }
  for (std::size_t c = 0; c < C; ++c) {
    for (std::size_t v = 0; v < selected[c].size(); ++v) {
      if (selected[c][v] < pool.categories[c].min[v] || selected[c][v] > pool.categories[c].max[v]) return std::nullopt;
    }
  }
  std::sort(panel.begin(), panel.end());
  return panel;
}

}  // namespace

std::optional<std::vector<std::size_t>> legacy_panel(const Pool& pool, int k, DeterministicRandom& random, int attempts) {
  for (int attempt = 0; attempt < attempts; ++attempt) {
    if (auto panel = one_attempt(pool, k, random)) return panel;
  }
  return std::nullopt;
}

std::vector<double> legacy_probabilities(const Pool& pool, int k, const std::string& seed, int runs) {
  DeterministicRandom random(std::string("mienskip-legacy-estimate") + '\0' + seed);
  std::vector<double> count(pool.ids.size(), 0.0);
  int successful = 0;
  for (int run = 0; run < runs; ++run) {
    const auto panel = legacy_panel(pool, k, random);
    if (!panel) continue;
    ++successful;
    for (auto i : *panel) count[i] += 1;
  }
  if (successful == 0) throw Error(error_codes::quota_infeasible, "the LEGACY method found no panel that meets the quotas");
  for (auto& c : count) c /= successful;
  return count;
}

}  // namespace mienskip
