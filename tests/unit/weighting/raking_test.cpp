#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <random>

#include "core/weighting/cells.hpp"
#include "core/base/error.hpp"
#include "core/weighting/raking.hpp"

using namespace mienskip;

namespace {

struct Case {
  std::vector<std::vector<std::uint16_t>> codes;
  std::vector<std::vector<double>> targets;
};

RakingResult run(const Case& c, std::optional<WeightBounds> bounds = std::nullopt) {
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> categories;
  for (std::size_t v = 0; v < c.targets.size(); ++v) {
    names.push_back("v" + std::to_string(v));
    categories.emplace_back();
    for (std::size_t k = 0; k < c.targets[v].size(); ++k) categories.back().push_back("c" + std::to_string(k));
  }
  return rake(group_cells(c.codes), c.targets, names, categories, bounds);
}

std::vector<double> respondent_weights(const Case& c, const RakingResult& r) {
  const auto cells = group_cells(c.codes);
  std::vector<double> w;
  for (auto cell : cells.cell_of) w.push_back(r.cell_weights[cell]);
  return w;
}

double worst_margin_error(const Case& c, const std::vector<double>& w) {
  double worst = 0;
  for (std::size_t v = 0; v < c.targets.size(); ++v) {
    std::vector<double> totals(c.targets[v].size(), 0.0);
    for (std::size_t i = 0; i < w.size(); ++i) totals[c.codes[v][i]] += w[i];
    for (std::size_t k = 0; k < totals.size(); ++k) worst = std::max(worst, std::fabs(totals[k] / c.targets[v][k] - 1));
  }
  return worst;
}

// A sample that over-represents the first categories, and margins that do not.
Case generated(unsigned seed, std::size_t n) {
  std::mt19937 random(seed);
  const std::vector<std::size_t> sizes{4, 3, 5};
  Case c;
  c.codes.resize(sizes.size());
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t v = 0; v < sizes.size(); ++v) {
      std::discrete_distribution<int> skewed({5, 4, 3, 2, 1});
      int k;
      do k = skewed(random); while (k >= static_cast<int>(sizes[v]));
      c.codes[v].push_back(static_cast<std::uint16_t>(k));
    }
  }
  std::uniform_real_distribution<double> share(0.5, 1.5);
  for (auto size : sizes) {
    std::vector<double> t(size);
    double total = 0;
    for (auto& x : t) total += (x = share(random));
    for (auto& x : t) x *= static_cast<double>(n) / total;
    c.targets.push_back(t);
  }
  return c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(raking)

BOOST_AUTO_TEST_CASE(one_variable_weights_are_population_over_sample_share) {
  // Three of four respondents are in A, the population is half A: w_A = 2/3, w_B = 2.
  const Case c{{{0, 0, 0, 1}}, {{2, 2}}};
  const auto w = respondent_weights(c, run(c));
  BOOST_TEST(std::fabs(w[0] - 2.0 / 3) < 1e-14);
  BOOST_TEST(std::fabs(w[3] - 2.0) < 1e-14);
}

BOOST_AUTO_TEST_CASE(two_variables_solve_the_product_form_by_hand) {
  // Cells AX=1, AY=2, BX=2, BY=1 respondents; targets A=B=3, X=4, Y=2. Raking weights are
  // w_ij = a_i b_j; with r = b_X / b_Y the margins give 4r^2 - 5r - 8 = 0.
  const Case c{{{0, 0, 0, 1, 1, 1}, {0, 1, 1, 0, 0, 1}}, {{3, 3}, {4, 2}}};
  const auto result = run(c);
  const auto w = respondent_weights(c, result);
  const double r = (5 + std::sqrt(153.0)) / 8;
  BOOST_TEST(std::fabs(w[0] - 3 * r / (r + 2)) < 1e-12);      // AX
  BOOST_TEST(std::fabs(w[1] - 3 / (r + 2)) < 1e-12);          // AY
  BOOST_TEST(std::fabs(w[3] - 3 * r / (2 * r + 1)) < 1e-12);  // BX
  BOOST_TEST(std::fabs(w[5] - 3 / (2 * r + 1)) < 1e-12);      // BY
  BOOST_TEST(result.max_rel_margin_error < 1e-10);
}

BOOST_AUTO_TEST_CASE(a_structural_zero_stalls_and_is_reported_not_returned) {
  // The margins need weight 0 for the only A-X respondent: raking creeps towards it forever.
  const Case c{{{0, 0, 1, 1}, {0, 1, 0, 0}}, {{2, 2}, {2, 2}}};
  BOOST_CHECK_EXCEPTION(run(c), Error, [](const Error& e) {
    return e.code() == "not_converged" && std::string(e.what()).find("off by") != std::string::npos;
  });
}

BOOST_AUTO_TEST_CASE(generated_samples_meet_every_margin_with_positive_weights) {
  for (unsigned seed = 1; seed <= 5; ++seed) {
    const auto c = generated(seed, 2000);
    const auto w = respondent_weights(c, run(c));
    BOOST_TEST(worst_margin_error(c, w) < 1e-10);
    BOOST_TEST(*std::min_element(w.begin(), w.end()) > 0);
  }
}

BOOST_AUTO_TEST_CASE(bounded_weights_stay_within_bounds_and_meet_the_margins) {
  for (unsigned seed = 1; seed <= 5; ++seed) {
    const auto c = generated(seed, 2000);
    const auto plain = respondent_weights(c, run(c));
    // An upper bound halfway between what the margins need on average and what plain raking
    // gives: it binds, and it can be met.
    double needed = 0;
    for (std::size_t v = 0; v < c.targets.size(); ++v) {
      std::vector<double> counts(c.targets[v].size(), 0.0);
      for (auto code : c.codes[v]) counts[code] += 1;
      for (std::size_t k = 0; k < counts.size(); ++k) needed = std::max(needed, c.targets[v][k] / counts[k]);
    }
    const double plain_max = *std::max_element(plain.begin(), plain.end());
    BOOST_TEST_REQUIRE(plain_max > needed * 1.05);
    const WeightBounds bounds{0.1, (needed + plain_max) / 2};
    const auto bounded = respondent_weights(c, run(c, bounds));
    BOOST_TEST(worst_margin_error(c, bounded) < 1e-10);
    BOOST_TEST(*std::min_element(bounded.begin(), bounded.end()) >= bounds.lower - 1e-12);
    BOOST_TEST(*std::max_element(bounded.begin(), bounded.end()) <= bounds.upper + 1e-12);
    BOOST_TEST(std::fabs(*std::max_element(bounded.begin(), bounded.end()) - bounds.upper) < 1e-12);
  }
}

BOOST_AUTO_TEST_CASE(row_order_does_not_change_any_weight) {
  const auto c = generated(7, 1500);
  const auto w = respondent_weights(c, run(c));
  std::vector<std::size_t> order(w.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), std::mt19937(99));
  Case shuffled{std::vector<std::vector<std::uint16_t>>(c.codes.size()), c.targets};
  for (auto i : order) {
    for (std::size_t v = 0; v < c.codes.size(); ++v) shuffled.codes[v].push_back(c.codes[v][i]);
  }
  const auto ws = respondent_weights(shuffled, run(shuffled));
  double worst = 0;
  for (std::size_t j = 0; j < order.size(); ++j) worst = std::max(worst, std::fabs(ws[j] / w[order[j]] - 1));
  BOOST_TEST(worst < 1e-12);
}

BOOST_AUTO_TEST_CASE(impossible_and_malformed_bounds_are_refused_before_iterating) {
  const Case c{{{0, 0, 0, 1}}, {{2, 2}}};  // B needs weight 2
  BOOST_CHECK_EXCEPTION(run(c, WeightBounds{0.5, 1.5}), Error, [](const Error& e) {
    return e.code() == "bounds_infeasible" && std::string(e.what()).find("v0 = c1") != std::string::npos;
  });
  BOOST_CHECK_EXCEPTION(run(c, WeightBounds{1.2, 3}), Error,
                        [](const Error& e) { return e.code() == "invalid_bounds"; });
}

BOOST_AUTO_TEST_SUITE_END()
