#include "core/leximin.hpp"

#include <coin/ClpSimplex.hpp>
#include <coin/CoinPackedMatrix.hpp>
#include <coin/CoinPackedVector.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "core/error.hpp"

namespace mienskip {

namespace {

using Clock = std::chrono::steady_clock;

// Dual weights below this count as zero when deciding which types a stage fixes.
constexpr double weight_epsilon = 1e-8;
// A panel improves the master LP only if it beats the current bound by more than this.
constexpr double pricing_epsilon = 1e-10;

// Panels that together contain every type that can be on a panel at all; the types that are on
// none are returned in `never`.
std::vector<PanelCounts> covering_panels(const VolunteerTypes& types, const PanelSearch& search,
                                         std::vector<int>& never, int& pricing_calls) {
  const std::size_t T = types.size.size();
  std::vector<bool> covered(T, false);
  std::vector<PanelCounts> panels;
  while (true) {
    std::vector<double> objective(T, 0.0);
    bool any = false;
    for (std::size_t t = 0; t < T; ++t) {
      if (!covered[t]) {
        objective[t] = 1.0 / types.size[t];
        any = true;
      }
    }
    if (!any) break;
    ++pricing_calls;
    const auto panel = search.best(objective);
    if (!panel) throw Error("quota_infeasible", "no panel meets the quotas");
    bool new_type = false;
    for (std::size_t t = 0; t < T; ++t) {
      if ((*panel)[t] > 0 && !covered[t]) {
        covered[t] = true;
        new_type = true;
      }
    }
    if (panels.empty() || new_type) panels.push_back(*panel);
    if (!new_type) break;
  }
  for (std::size_t t = 0; t < T; ++t) {
    if (!covered[t]) never.push_back(static_cast<int>(t));
  }
  return panels;
}

// The dual of one stage's master LP, over the panels found so far:
//   minimise  y0 - sum over fixed types of fixed[t] * y[t]
//   such that for every panel P: sum over types of (members of t in P / size of t) * y[t] <= y0,
//             sum over unfixed types of y[t] = 1, y >= 0.
// Its optimum is the largest probability every unfixed type can get at once; the types with
// positive y are the ones that cannot get more.
class StageLp {
 public:
  StageLp(const VolunteerTypes& types, const std::vector<std::optional<double>>& fixed,
          const std::vector<PanelCounts>& panels)
      : types_(types) {
    const int T = static_cast<int>(types.size.size());
    std::vector<double> column_lower(T + 1, 0.0), column_upper(T + 1, COIN_DBL_MAX), objective(T + 1, 0.0);
    column_lower[0] = -COIN_DBL_MAX;
    objective[0] = 1.0;
    for (int t = 0; t < T; ++t) {
      if (fixed[t]) objective[t + 1] = -*fixed[t];
    }
    CoinPackedMatrix matrix(false, 0, 0);
    matrix.setDimensions(0, T + 1);
    std::vector<double> row_lower, row_upper;
    CoinPackedVector norm;
    for (int t = 0; t < T; ++t) {
      if (!fixed[t]) norm.insert(t + 1, 1.0);
    }
    matrix.appendRow(norm);
    row_lower.push_back(1.0);
    row_upper.push_back(1.0);
    for (const auto& panel : panels) {
      matrix.appendRow(panel_row(panel));
      row_lower.push_back(-COIN_DBL_MAX);
      row_upper.push_back(0.0);
    }
    lp_.setLogLevel(0);
    lp_.loadProblem(matrix, column_lower.data(), column_upper.data(), objective.data(), row_lower.data(),
                    row_upper.data());
    lp_.setOptimizationDirection(1);
    lp_.primal();
    check();
  }

  void add_panel(const PanelCounts& panel) {
    const CoinPackedVector row = panel_row(panel);
    lp_.addRow(row.getNumElements(), row.getIndices(), row.getElements(), -COIN_DBL_MAX, 0.0);
    lp_.dual();  // the old basis stays dual feasible: a warm start
    check();
  }

  double value() const { return lp_.objectiveValue(); }
  double cap() const { return lp_.primalColumnSolution()[0]; }
  std::vector<double> weights() const {
    const double* solution = lp_.primalColumnSolution();
    std::vector<double> y(solution + 1, solution + 1 + types_.size.size());
    for (auto& w : y) w = std::max(0.0, w);
    return y;
  }

 private:
  CoinPackedVector panel_row(const PanelCounts& panel) const {
    CoinPackedVector row;
    row.insert(0, -1.0);
    for (std::size_t t = 0; t < panel.size(); ++t) {
      if (panel[t] > 0) row.insert(static_cast<int>(t) + 1, static_cast<double>(panel[t]) / types_.size[t]);
    }
    return row;
  }
  void check() {
    if (!lp_.isProvenOptimal()) {
      // A numerically difficult basis: solve again from scratch before giving up.
      lp_.allSlackBasis();
      lp_.primal();
      if (!lp_.isProvenOptimal()) {
        throw Error("solver_failed", "the selection linear program could not be solved; please report this");
      }
    }
  }

  const VolunteerTypes& types_;
  ClpSimplex lp_;
};

}  // namespace

std::vector<double> type_probabilities(const VolunteerTypes& types, const PanelDistribution& distribution) {
  std::vector<double> probability(types.size.size(), 0.0);
  for (std::size_t p = 0; p < distribution.panels.size(); ++p) {
    for (std::size_t t = 0; t < probability.size(); ++t) {
      probability[t] += distribution.probability[p] * distribution.panels[p][t] / types.size[t];
    }
  }
  return probability;
}

PanelDistribution distribution_meeting(const VolunteerTypes& types, const std::vector<PanelCounts>& panels,
                                       const std::vector<double>& target) {
  // Variables: one weight per panel, then the largest shortfall d. Minimise d subject to
  //   sum of weights = 1 and, per type, sum over panels of weight * share of the type + d >= target.
  const int P = static_cast<int>(panels.size());
  const int T = static_cast<int>(types.size.size());
  std::vector<double> column_lower(P + 1, 0.0), column_upper(P + 1, COIN_DBL_MAX), objective(P + 1, 0.0);
  objective[P] = 1.0;
  CoinPackedMatrix matrix(false, 0, 0);
  matrix.setDimensions(0, P + 1);
  std::vector<double> row_lower, row_upper;
  CoinPackedVector sum;
  for (int p = 0; p < P; ++p) sum.insert(p, 1.0);
  matrix.appendRow(sum);
  row_lower.push_back(1.0);
  row_upper.push_back(1.0);
  for (int t = 0; t < T; ++t) {
    CoinPackedVector row;
    for (int p = 0; p < P; ++p) {
      if (panels[p][t] > 0) row.insert(p, static_cast<double>(panels[p][t]) / types.size[t]);
    }
    row.insert(P, 1.0);
    matrix.appendRow(row);
    row_lower.push_back(target[t]);
    row_upper.push_back(COIN_DBL_MAX);
  }
  ClpSimplex lp;
  lp.setLogLevel(0);
  lp.loadProblem(matrix, column_lower.data(), column_upper.data(), objective.data(), row_lower.data(), row_upper.data());
  lp.primal();
  if (!lp.isProvenOptimal()) throw Error("solver_failed", "the final distribution could not be computed");
  const double* weight = lp.primalColumnSolution();
  PanelDistribution distribution;
  double total = 0;
  for (int p = 0; p < P; ++p) {
    if (weight[p] > 1e-12) total += weight[p];
  }
  for (int p = 0; p < P; ++p) {
    if (weight[p] > 1e-12) {
      distribution.panels.push_back(panels[p]);
      distribution.probability.push_back(weight[p] / total);
    }
  }
  return distribution;
}

FairSelection select_fairly(const Pool& pool, const VolunteerTypes& types, int k, const PanelSearch& search,
                            SelectionAlgorithm algorithm, std::chrono::milliseconds time_limit) {
  (void)pool;
  const auto deadline = Clock::now() + time_limit;
  const std::size_t T = types.size.size();
  FairSelection result;
  result.algorithm = algorithm;

  std::vector<PanelCounts> panels = covering_panels(types, search, result.never_selectable, result.pricing_calls);
  std::set<PanelCounts> known(panels.begin(), panels.end());
  std::vector<std::optional<double>> fixed(T);
  for (int t : result.never_selectable) fixed[t] = 0.0;

  auto unfixed_count = [&] {
    return std::count_if(fixed.begin(), fixed.end(), [](const auto& f) { return !f.has_value(); });
  };

  while (unfixed_count() > 0) {
    ++result.stages;
    StageLp lp(types, fixed, panels);
    bool out_of_time = false;
    double upper_bound = 1;
    while (true) {
      if (Clock::now() > deadline) {
        out_of_time = true;
        break;
      }
      const auto weights = lp.weights();
      std::vector<double> objective(T);
      double fixed_part = 0;
      for (std::size_t t = 0; t < T; ++t) {
        objective[t] = weights[t] / types.size[t];
        if (fixed[t]) fixed_part += *fixed[t] * weights[t];
      }
      ++result.pricing_calls;
      const auto panel = search.best(objective);
      double value = 0;
      for (std::size_t t = 0; t < T; ++t) value += objective[t] * (*panel)[t];
      // (weights, value) is feasible for the full dual: it bounds this stage's optimum.
      upper_bound = std::min(upper_bound, value - fixed_part);
      if (value <= lp.cap() + pricing_epsilon || known.count(*panel)) break;
      known.insert(*panel);
      panels.push_back(*panel);
      lp.add_panel(*panel);
    }
    const double reached = std::max(0.0, lp.value());
    if (result.stages == 1) result.minimum_upper_bound = std::min(1.0, std::max(reached, upper_bound));

    const auto weights = lp.weights();
    double fixed_mass = 0;
    double unfixed_people = 0;
    for (std::size_t t = 0; t < T; ++t) {
      if (fixed[t]) {
        fixed_mass += *fixed[t] * types.size[t];
      } else {
        unfixed_people += types.size[t];
      }
    }
    // Probabilities sum to k: when every unfixed volunteer already gets an equal share of what
    // is left, no one can get more without someone else getting less.
    const bool all_equal = reached >= (k - fixed_mass) / unfixed_people - 1e-9;
    const bool stop = out_of_time || algorithm == SelectionAlgorithm::maximin;
    bool fixed_any = false;
    for (std::size_t t = 0; t < T; ++t) {
      if (!fixed[t] && (stop || all_equal || weights[t] > weight_epsilon)) {
        fixed[t] = reached;
        fixed_any = true;
      }
    }
    if (out_of_time) result.optimal = false;
    if (!fixed_any) throw Error("solver_failed", "the selection made no progress; please report this");
  }

  std::vector<double> target(T);
  for (std::size_t t = 0; t < T; ++t) target[t] = *fixed[t];
  result.distribution = distribution_meeting(types, panels, target);
  result.type_probability = type_probabilities(types, result.distribution);
  result.panels_generated = static_cast<int>(panels.size());
  return result;
}

}  // namespace mienskip
