// Benchmark: weights plus standard errors for 1,000,000 respondents, 4 margins, 6 scenarios.
// Target (issue 4): under 0.2 s on 2 cores; memory proportional to the data. Prints its figures;
// not part of the pass/fail suite. Run: build/tests/weigh_bench [respondents]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "core/weighting/cells.hpp"
#include "core/weighting/estimates.hpp"
#include "core/weighting/weighting.hpp"

using namespace mienskip;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

long peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

// A municipality-like sample: 7 age groups, 2 genders, 3 education levels, 10 areas, skewed
// response; six scenarios whose points add up to 100.
Sample generate(std::size_t n) {
  std::mt19937_64 random(2026);
  Sample s;
  const std::vector<std::pair<std::string, std::vector<double>>> spec = {
      {"age_group", {9436, 13430, 12970, 14774, 15286, 13132, 10972}},
      {"gender", {44087, 45913}},
      {"education", {24841, 34779, 30380}},
      {"area", {7177, 7694, 13006, 7454, 6653, 11627, 3909, 4750, 14737, 12993}}};
  for (const auto& [name, population] : spec) {
    Margin m{name, {}, population};
    for (std::size_t k = 0; k < population.size(); ++k) m.categories.push_back(name + std::to_string(k));
    s.margins.push_back(m);
    std::vector<double> response(population.size());
    for (std::size_t k = 0; k < population.size(); ++k) response[k] = population[k] * (1 + 0.15 * static_cast<double>(k));
    std::discrete_distribution<int> pick(response.begin(), response.end());
    std::vector<std::uint16_t> codes(n);
    for (auto& c : codes) c = static_cast<std::uint16_t>(pick(random));
    s.codes.push_back(std::move(codes));
    s.raw_margin_totals.push_back(90000);
  }
  s.population_total = 90000;
  s.scenarios = {"S1", "S2", "S3", "S4", "S5", "S6"};
  s.points.assign(6, std::vector<double>(n));
  std::uniform_int_distribution<int> cut(0, 100);
  for (std::size_t i = 0; i < n; ++i) {
    int left = 100;
    for (std::size_t j = 0; j < 5; ++j) {
      const int give = std::min(left, cut(random) / 3);
      s.points[j][i] = give;
      left -= give;
    }
    s.points[5][i] = left;
    s.ids.push_back("R" + std::to_string(i));
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t n = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000000;
  std::printf("weigh_bench: %zu respondents, 4 margins (7, 2, 3, 10 categories), 6 scenarios\n", n);
  Sample sample = generate(n);
  std::printf("  generated data, peak memory so far %ld MB\n", peak_rss_mb());

  // The parts the target covers, timed separately, best of three runs.
  double best_rake = 1e9, best_se = 1e9, best_total = 1e9;
  for (int run = 0; run < 3; ++run) {
    const auto start = Clock::now();
    const Cells cells = group_cells(sample.codes);
    const auto targets = raking_targets(sample);
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> categories;
    for (const auto& m : sample.margins) {
      names.push_back(m.variable);
      categories.push_back(m.categories);
    }
    const RakingResult raked = rake(cells, targets, names, categories);
    std::vector<double> weights(n);
    for (std::size_t i = 0; i < n; ++i) weights[i] = raked.cell_weights[cells.cell_of[i]];
    const double rake_seconds = seconds_since(start);
    const auto se_start = Clock::now();
    const Estimates estimates = estimate(sample, cells, weights, 50);
    const double se_seconds = seconds_since(se_start);
    best_rake = std::min(best_rake, rake_seconds);
    best_se = std::min(best_se, se_seconds);
    best_total = std::min(best_total, rake_seconds + se_seconds);
    if (run == 0) {
      std::printf("  %zu cells, %d passes, margin error %.1e; S1 weighted mean %.4f (se %.4f)\n", cells.count(),
                  raked.passes, raked.max_rel_margin_error, estimates.scenarios[0].weighted_mean,
                  estimates.scenarios[0].se);
    }
  }
  std::printf("  weights (cells + raking): %.3f s\n", best_rake);
  std::printf("  estimates with standard errors and covariance (incl. median, distribution): %.3f s\n", best_se);
  std::printf("  weights plus standard errors: %.3f s (target < 0.2 s)\n", best_total);

  const auto full_start = Clock::now();
  const WeighingResult full = weigh(sample, {});
  std::printf("  full weigh() incl. unbounded propensities and diagnostics: %.3f s (passes %d)\n",
              seconds_since(full_start), full.passes);
  std::printf("  peak memory %ld MB (input alone is about %zu MB)\n", peak_rss_mb(),
              n * (4 * sizeof(std::uint16_t) + 6 * sizeof(double)) / (1024 * 1024));
  return 0;
}
