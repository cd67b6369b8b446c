#include "core/panel/algorithms/leximin.hpp"

#include <coin/ClpSimplex.hpp>
#include <coin/CoinPackedMatrix.hpp>
#include <coin/CoinPackedVector.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "core/base/error.hpp"
#include "core/panel/algorithms/relaxed_leximin.hpp"

namespace mienskip {

namespace {

using Clock = std::chrono::steady_clock;

// Dual weights below this count as zero when deciding which types a stage fixes.
constexpr double weight_epsilon = 1e-8;
// A panel improves the master LP only if it beats the current bound by more than this.
constexpr double pricing_epsilon = 1e-10;

// Panels that together contain every type that can be on a panel at all; the types that are on
// none are returned in `never`. One search per type not yet covered, each aiming (briefly) at
// many uncovered types: asking for the panel with the most uncovered types, to optimality, can
// take CBC minutes on pools of a thousand.
std::vector<PanelCounts> covering_panels(const VolunteerTypes& types, const PanelSearch& search,
                                         std::vector<int>& never, int& pricing_calls) {
  const std::size_t T = types.size.size();
  std::vector<bool> covered(T, false);
  std::vector<PanelCounts> panels;
  for (std::size_t first = 0; first < T; ++first) {
    if (covered[first]) continue;
    // Aim for a panel with many uncovered types, but any panel with this type will do.
    std::vector<double> objective(T, 0.0);
    for (std::size_t t = 0; t < T; ++t) {
      if (!covered[t]) objective[t] = 1.0 / types.size[t];
    }
    ++pricing_calls;
    const auto panel = search.including(static_cast<int>(first), objective);
    if (!panel) {
      never.push_back(static_cast<int>(first));
      covered[first] = true;
      continue;
    }
    for (std::size_t t = 0; t < T; ++t) {
      if ((*panel)[t] > 0) covered[t] = true;
    }
    panels.push_back(*panel);
  }
  if (panels.empty()) throw Error(error_codes::quota_infeasible, "no panel meets the quotas");
  return panels;
}

// One stage's master LP over the panels found so far, with CLP:
//   maximise z  such that  sum over panels of weight * share(type)  >= z for unfixed types,
//                                                                     >= fixed[t] for fixed ones,
//                          sum of weights = 1, weights >= 0.
// (share(type) = members of the type on the panel / volunteers of that type.) Its row duals are the
// type weights y of the pricing problem and the bound y0 a new panel must beat: a panel whose
// weighted shares exceed y0 improves z. New panels are new columns; primal simplex continues from
// the previous basis (a warm start).
class StageLp {
 public:
  StageLp(const VolunteerTypes& types, const std::vector<std::optional<double>>& fixed,
          const std::vector<PanelCounts>& panels)
      : types_(types) {
    const int T = static_cast<int>(types.size.size());
    // Column 0 is z; rows 0..T-1 the types, row T the sum of weights. CLP minimises, so -z.
    CoinPackedMatrix matrix(true, 0, 0);
    matrix.setDimensions(T + 1, 0);
    std::vector<double> column_lower{0.0}, column_upper{COIN_DBL_MAX}, objective{-1.0};
    CoinPackedVector z;
    for (int t = 0; t < T; ++t) {
      if (!fixed[t]) z.insert(t, -1.0);
    }
    matrix.appendCol(z);
    for (const auto& panel : panels) {
      matrix.appendCol(panel_column(panel));
      column_lower.push_back(0.0);
      column_upper.push_back(COIN_DBL_MAX);
      objective.push_back(0.0);
    }
    std::vector<double> row_lower(T + 1), row_upper(T + 1, COIN_DBL_MAX);
    for (int t = 0; t < T; ++t) row_lower[t] = fixed[t] ? *fixed[t] : 0.0;
    row_lower[T] = row_upper[T] = 1.0;
    lp_.setLogLevel(0);
    lp_.loadProblem(matrix, column_lower.data(), column_upper.data(), objective.data(), row_lower.data(),
                    row_upper.data());
    lp_.setOptimizationDirection(1);
    // The entries are shares between 0 and 1 already; rescaling at every warm start costs more
    // than it gains.
    lp_.scaling(0);
    lp_.primal();
    check();
  }

  void add_panels(const std::vector<PanelCounts>& panels) {
    for (const auto& panel : panels) {
      const CoinPackedVector column = panel_column(panel);
      lp_.addColumn(column.getNumElements(), column.getIndices(), column.getElements(), 0.0, COIN_DBL_MAX, 0.0);
    }
    lp_.primal(0, 1);  // from the previous basis, keeping CLP's work areas: a warm start
    check();
  }

  /// Fixes type t at probability p for the later stages: its row no longer involves z.
  void fix(int t, double p) {
    lp_.modifyCoefficient(t, 0, 0.0);
    lp_.setRowLower(t, p);
  }
  void resolve() {
    lp_.primal();
    check();
  }

  double value() const { return -lp_.objectiveValue(); }
  double cap() const { return -lp_.dualRowSolution()[types_.size.size()]; }
  std::vector<double> weights() const {
    const double* duals = lp_.dualRowSolution();
    std::vector<double> y(duals, duals + types_.size.size());
    for (auto& w : y) w = std::max(0.0, w);
    return y;
  }

 private:
  CoinPackedVector panel_column(const PanelCounts& panel) const {
    CoinPackedVector column;
    for (std::size_t t = 0; t < panel.size(); ++t) {
      if (panel[t] > 0) column.insert(static_cast<int>(t), static_cast<double>(panel[t]) / types_.size[t]);
    }
    column.insert(static_cast<int>(types_.size.size()), 1.0);
    return column;
  }
  void check() {
    if (!lp_.isProvenOptimal()) {
      // A numerically difficult basis: solve again from scratch before giving up.
      lp_.allSlackBasis();
      lp_.primal();
      if (!lp_.isProvenOptimal()) {
        throw Error(error_codes::solver_failed, "the selection linear program could not be solved; please report this");
      }
    }
  }

  const VolunteerTypes& types_;
  ClpSimplex lp_;
};

// How a stage's pricing ended: the bound on its optimum it proved, and whether the time ran out.
struct Stage {
  double upper_bound = 1;
  bool out_of_time = false;
};

// Column generation within a stage: the panel the LP's dual weights price highest joins the LP
// while it beats the LP's value, until none does (or the time runs out).
Stage price_stage(const VolunteerTypes& types, const PanelSearch& search,
                  const std::vector<std::optional<double>>& fixed, Clock::time_point deadline, StageLp& lp,
                  std::vector<PanelCounts>& panels, std::set<PanelCounts>& known, int& pricing_calls) {
  const std::size_t T = types.size.size();
  Stage stage;
  while (true) {
    const auto weights = lp.weights();
    std::vector<double> objective(T);
    double fixed_part = 0;
    for (std::size_t t = 0; t < T; ++t) {
      objective[t] = weights[t] / types.size[t];
      if (fixed[t]) fixed_part += *fixed[t] * weights[t];
    }
    auto value_of = [&](const PanelCounts& panel) {
      double value = 0;
      for (std::size_t t = 0; t < T; ++t) value += objective[t] * panel[t];
      return value;
    };
    ++pricing_calls;
    // Besides the optimal panel, CBC's other good panels often improve the LP too: adding them
    // at once saves LP solves and pricing rounds.
    const auto found = search.best_several(objective, 8);
    const double value = value_of(found.front());
    // (weights, value) is feasible for the full dual: it bounds this stage's optimum.
    stage.upper_bound = std::min(stage.upper_bound, value - fixed_part);
    if (value <= lp.cap() + pricing_epsilon || known.count(found.front())) return stage;
    // Checked after pricing, so that even a stage cut short has a proven bound.
    if (Clock::now() > deadline) {
      stage.out_of_time = true;
      return stage;
    }
    std::vector<PanelCounts> improving;
    for (const auto& panel : found) {
      if (value_of(panel) > lp.cap() + pricing_epsilon && known.insert(panel).second) improving.push_back(panel);
    }
    for (const auto& panel : improving) panels.push_back(panel);
    lp.add_panels(improving);
  }
}

// Fixes the types at the stage's value `reached` whose dual weight is positive (they cannot get
// more without another getting less), or all of them when the stage says so; false when none.
bool fix_types(const VolunteerTypes& types, int k, double reached, bool stop, StageLp& lp,
               std::vector<std::optional<double>>& fixed) {
  const std::size_t T = types.size.size();
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
  bool fixed_any = false;
  for (std::size_t t = 0; t < T; ++t) {
    if (!fixed[t] && (stop || all_equal || weights[t] > weight_epsilon)) {
      fixed[t] = reached;
      lp.fix(static_cast<int>(t), reached);
      fixed_any = true;
    }
  }
  return fixed_any;
}

// LEXIMIN without column generation, when the relaxation's LEXIMIN can be written as a lottery
// over real panels: it is then optimal, since no lottery can do better than the relaxation.
std::optional<FairSelection> leximin_through_relaxation(const VolunteerTypes& types, const PanelSearch& search,
                                                        Clock::time_point deadline) {
  const auto relaxed = leximin_over_relaxation(search.rows(), types);
  if (!relaxed) return std::nullopt;
  FairSelection result;
  result.method = "relaxation";
  auto distribution = decompose_into_panels(search, types, relaxed->seats, deadline, result.pricing_calls, true);
  if (!distribution) {
    distribution = decompose_into_panels(search, types, relaxed->seats, deadline, result.pricing_calls, false);
  }
  if (!distribution) return std::nullopt;
  result.distribution = std::move(*distribution);
  result.type_probability = type_probabilities(types, result.distribution);
  // The relaxation's smallest probability bounds every lottery's; the walk reaches it up to rounding.
  double relaxed_minimum = 1, reached = 1;
  for (std::size_t t = 0; t < types.size.size(); ++t) {
    if (relaxed->seats[t] <= 1e-9) {
      result.never_selectable.push_back(static_cast<int>(t));
    } else {
      relaxed_minimum = std::min(relaxed_minimum, relaxed->seats[t] / types.size[t]);
      reached = std::min(reached, result.type_probability[t]);
    }
  }
  result.minimum_upper_bound = std::max(relaxed_minimum, reached);
  result.stages = relaxed->stages;
  result.panels_generated = static_cast<int>(result.distribution.panels.size());
  return result;
}

}  // namespace

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
  if (!lp.isProvenOptimal()) throw Error(error_codes::solver_failed, "the final distribution could not be computed");
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

FairSelection select_fairly(const VolunteerTypes& types, int k, const PanelSearch& search,
                            SelectionAlgorithm algorithm, std::chrono::milliseconds time_limit) {
  if (algorithm == SelectionAlgorithm::leximin) {
    if (auto quick = leximin_through_relaxation(types, search, Clock::now() + time_limit)) return *quick;
  }
  return select_by_column_generation(types, k, search, algorithm, time_limit);
}

FairSelection select_by_column_generation(const VolunteerTypes& types, int k, const PanelSearch& search,
                                          SelectionAlgorithm algorithm, std::chrono::milliseconds time_limit) {
  const auto deadline = Clock::now() + time_limit;
  const std::size_t T = types.size.size();
  FairSelection result;
  result.algorithm = algorithm;
  result.method = "column generation";

  std::vector<PanelCounts> panels = covering_panels(types, search, result.never_selectable, result.pricing_calls);
  std::set<PanelCounts> known(panels.begin(), panels.end());
  std::vector<std::optional<double>> fixed(T);
  for (int t : result.never_selectable) fixed[t] = 0.0;

  auto unfixed_count = [&] {
    return std::count_if(fixed.begin(), fixed.end(), [](const auto& f) { return !f.has_value(); });
  };

  // One LP for all stages: fixing a type changes its row, and the previous basis stays feasible.
  StageLp lp(types, fixed, panels);
  while (unfixed_count() > 0) {
    ++result.stages;
    if (result.stages > 1) lp.resolve();
    const Stage stage = price_stage(types, search, fixed, deadline, lp, panels, known, result.pricing_calls);
    const double reached = std::max(0.0, lp.value());
    if (result.stages == 1) result.minimum_upper_bound = std::min(1.0, std::max(reached, stage.upper_bound));
    const bool stop = stage.out_of_time || algorithm == SelectionAlgorithm::maximin;
    const bool fixed_any = fix_types(types, k, reached, stop, lp, fixed);
    if (stage.out_of_time) result.optimal = false;
    if (!fixed_any) throw Error(error_codes::solver_failed, "the selection made no progress; please report this");
  }

  std::vector<double> target(T);
  for (std::size_t t = 0; t < T; ++t) target[t] = *fixed[t];
  result.distribution = distribution_meeting(types, panels, target);
  result.type_probability = type_probabilities(types, result.distribution);
  result.panels_generated = static_cast<int>(panels.size());
  return result;
}

}  // namespace mienskip
