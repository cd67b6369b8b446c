// Benchmark: LEXIMIN panel selection on the public example and on generated pools shaped like the
// paper's real instances (self-selection-biased volunteers, several quota categories).
// Targets (issue 3): example_large_200 under 1 s; n <= 1,000, k <= 170, <= 8 categories under
// 10 s each; n = 1,727, k = 110, 7 categories under 10 minutes. Prints its figures; not part of
// the pass/fail suite. Run: build/tests/select_bench [tests/data/sortition [CASE-NAME-PART]]
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>

#include "cli/memory_tuning.hpp"
#include "core/base/csv.hpp"
#include "core/panel/panel_selection.hpp"
#include "core/panel/pool.hpp"

using namespace mienskip;

namespace {

std::string read(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error("cannot read " + path);
  std::string text;
  char buffer[65536];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
  std::fclose(f);
  return text;
}

// Volunteers answer with population shares distorted by self-selection (older, higher-educated
// people volunteer more); quotas are the population shares of k, +-1 seat (+-k/40 for large panels), with no
// minimum above the volunteers available.
Pool generated(std::size_t n, int k, std::size_t categories, unsigned seed) {
  std::mt19937 random(seed);
  const int slack = std::max(1, k / 40);  // seats of leeway around the population share
  Pool pool;
  for (std::size_t c = 0; c < categories; ++c) {
    const std::size_t values = 2 + (c * 3 + seed) % 5;  // 2 to 6 values
    QuotaCategory category{"c" + std::to_string(c), {}, {}, {}, {}, {}};
    std::vector<double> population(values);
    double total = 0;
    for (auto& p : population) total += (p = 1.0 + random() % 5);
    for (std::size_t v = 0; v < values; ++v) {
      const double seats = population[v] / total * k;
      category.values.push_back("v" + std::to_string(v));
      category.min.push_back(std::max(0, static_cast<int>(std::floor(seats)) - slack));
      category.max.push_back(static_cast<int>(std::ceil(seats)) + slack);
      category.min_flex.push_back(0);
      category.max_flex.push_back(-1);
    }
    pool.categories.push_back(category);
  }
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<int> values;
    for (const auto& category : pool.categories) {
      // Self-selection: later values are up to three times as likely to volunteer.
      std::vector<double> weight;
      for (std::size_t v = 0; v < category.values.size(); ++v) weight.push_back(1.0 + v * 0.5);
      values.push_back(std::discrete_distribution<int>(weight.begin(), weight.end())(random));
    }
    pool.ids.push_back("v" + std::to_string(i));
    pool.values.push_back(values);
  }
  // As organisers do: no minimum above the volunteers there are.
  for (std::size_t c = 0; c < pool.categories.size(); ++c) {
    for (std::size_t v = 0; v < pool.categories[c].values.size(); ++v) {
      int available = 0;
      for (const auto& values : pool.values) available += values[c] == static_cast<int>(v);
      pool.categories[c].min[v] = std::min(pool.categories[c].min[v], available);
    }
  }
  pool.input_sha256 = "generated";
  return pool;
}

std::string only;  // run just the cases whose name contains this (second argument)

void run(const char* name, const Pool& pool, int k) {
  if (std::string(name).find(only) == std::string::npos) return;
  SelectionOptions options;
  options.seed = "benchmark";
  const auto start = std::chrono::steady_clock::now();
  try {
    const auto outcome = select_panel(pool, k, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("  %-28s n=%5zu k=%3d types=%4zu: %7.2f s  min %.4f  gini %.3f  stages %d  panels %d  optimal %s  (%s)\n",
                name, pool.ids.size(), k, outcome.types.size.size(), seconds, outcome.summary.min, outcome.summary.gini,
                outcome.fair.stages, outcome.fair.panels_generated, outcome.fair.optimal ? "yes" : "no",
                outcome.fair.method.c_str());
  } catch (const std::exception& e) {
    std::printf("  %-28s n=%5zu k=%3d: %s\n", name, pool.ids.size(), k, e.what());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IONBF, 0);
  mienskip::keep_freed_memory();  // as `mienskip` does
  const std::string data = argc > 1 ? argv[1] : "tests/data/sortition";
  if (argc > 2) only = argv[2];
  std::printf("select_bench: LEXIMIN with CLP/CBC, including the 1,000-ticket rounding and the draw\n");
  run("example_large_200", read_replication_pool(parse_csv(read(data + "/example_large_200/categories.csv"), "c"),
                                                 parse_csv(read(data + "/example_large_200/respondents.csv"), "r")),
      200);
  run("sortition foundation k=22", read_foundation_pool(parse_csv(read(data + "/foundation/features.csv"), "f"),
                                                        parse_csv(read(data + "/foundation/candidates.csv"), "c")),
      22);
  run("generated 300/30/5", generated(300, 30, 5, 1), 30);
  run("generated 1000/40/6", generated(1000, 40, 6, 2), 40);
  run("generated 1000/170/8", generated(1000, 170, 8, 3), 170);
  // The same shape with other volunteers and quotas: the figure above is not one lucky pool.
  run("generated 1000/170/8 seed 5", generated(1000, 170, 8, 5), 170);
  run("generated 1000/170/8 seed 6", generated(1000, 170, 8, 6), 170);
  run("generated 1000/170/8 seed 7", generated(1000, 170, 8, 7), 170);
  run("generated 1727/110/7", generated(1727, 110, 7, 4), 110);
  return 0;
}
