#include "core/panel/panel_search.hpp"

#include <coin/CbcModel.hpp>
#include <coin/ClpSimplex.hpp>
#include <coin/CoinPackedMatrix.hpp>
#include <coin/CoinPackedVector.hpp>
#include <coin/OsiClpSolverInterface.hpp>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/base/error.hpp"
#include "core/panel/coin_solver.hpp"
#include "core/panel/panel_repair.hpp"

namespace mienskip {

using namespace coin;

namespace {

// Only the types the bounds leave free are columns; the fixed ones are constants in the rows.
// Late in the walk most types are fixed, and every pivot and every re-solve passes over the
// columns: on the pool of 1,000 with k = 170 a face has 300 free types on average, of 980.
struct FreeColumns {
  std::vector<int> column_of;  // per type: its column, or -1 when the bounds fix its count
  std::vector<int> type_of;    // per column: its type
};

FreeColumns free_columns(const PanelBounds& bounds) {
  const int T = static_cast<int>(bounds.type_lower.size());
  FreeColumns free{std::vector<int>(T, -1), {}};
  for (int t = 0; t < T; ++t) {
    if (bounds.type_lower[t] < bounds.type_upper[t]) {
      free.column_of[t] = static_cast<int>(free.type_of.size());
      free.type_of.push_back(t);
    }
  }
  return free;
}

// The linear relaxation over the free columns, as CLP loads it (column by column, every
// coefficient 1); the rows' bounds net of the fixed counts.
struct Relaxation {
  std::vector<int> starts, indices;
  std::vector<double> column_lower, column_upper, goal, row_lower, row_upper;
};

Relaxation relaxation_over(const PanelRows& rows, const PanelBounds& bounds, const FreeColumns& free,
                           const std::vector<double>& objective) {
  const int R = static_cast<int>(rows.types.size());
  const int C = static_cast<int>(free.type_of.size());
  Relaxation relaxation;
  relaxation.row_lower = bounds.row_lower;
  relaxation.row_upper = bounds.row_upper;
  std::vector<std::vector<int>> rows_of(C);
  for (int q = 0; q < R; ++q) {
    for (int t : rows.types[q]) {
      if (free.column_of[t] >= 0) {
        rows_of[free.column_of[t]].push_back(q);
      } else {
        relaxation.row_lower[q] -= bounds.type_lower[t];
        relaxation.row_upper[q] -= bounds.type_lower[t];
      }
    }
  }
  relaxation.starts.push_back(0);
  relaxation.column_lower.resize(C);
  relaxation.column_upper.resize(C);
  relaxation.goal.resize(C);
  for (int c = 0; c < C; ++c) {
    relaxation.indices.insert(relaxation.indices.end(), rows_of[c].begin(), rows_of[c].end());
    relaxation.starts.push_back(static_cast<int>(relaxation.indices.size()));
    relaxation.column_lower[c] = bounds.type_lower[free.type_of[c]];
    relaxation.column_upper[c] = bounds.type_upper[free.type_of[c]];
    relaxation.goal[c] = -objective[free.type_of[c]];  // CLP minimises
  }
  return relaxation;
}

// The counts the bounds fix; the free ones 0 until a panel is found.
PanelCounts fixed_counts(const PanelBounds& bounds, const FreeColumns& free) {
  const int T = static_cast<int>(free.column_of.size());
  PanelCounts panel(T);
  for (int t = 0; t < T; ++t) {
    if (free.column_of[t] < 0) panel[t] = static_cast<int>(std::lround(bounds.type_lower[t]));
  }
  return panel;
}

// With no free column every row holds only fixed counts: met when 0 lies within its net bounds.
bool meets_rows(const Relaxation& relaxation) {
  for (std::size_t q = 0; q < relaxation.row_lower.size(); ++q) {
    if (relaxation.row_lower[q] > 0.5 || relaxation.row_upper[q] < -0.5) return false;
  }
  return true;
}

void load(ClpSimplex& lp, const Relaxation& relaxation) {
  const int C = static_cast<int>(relaxation.goal.size());
  const int R = static_cast<int>(relaxation.row_lower.size());
  const std::vector<double> ones(relaxation.indices.size(), 1.0);
  lp.setLogLevel(0);
  lp.loadProblem(C, R, relaxation.starts.data(), relaxation.indices.data(), ones.data(),
                 relaxation.column_lower.data(), relaxation.column_upper.data(), relaxation.goal.data(),
                 relaxation.row_lower.data(), relaxation.row_upper.data());
  lp.scaling(0);  // all coefficients are 1
}

// Dual simplex from the previous basis, keeping CLP's work areas and its factorisation of the
// basis between re-solves (bits 1, 2 and 4: only column bounds change, which leave the basis
// matrix as it was; keeping the factorisation saves a fifth of the rounding's time); the rare
// re-solve that ends neither optimal nor infeasible is repeated from scratch.
void resolve(ClpSimplex& lp) {
  lp.dual(0, 1 | 2 | 4);
  if (!lp.isProvenOptimal() && !lp.isProvenPrimalInfeasible()) {
    lp.allSlackBasis();
    lp.dual();
  }
}

// The relaxation's vertex has few fractional counts: rounded to the nearest whole numbers it
// is often a few seats from a panel, which moving seats (repair_panel) finds in about a
// millisecond; the depth-first rounding took 16 to 29 ms per panel on average on the pool
// of 1,000 with k = 170, where this finds a quarter of the panels it would otherwise have to.
std::optional<PanelCounts> vertex_rounded_and_repaired(const ClpSimplex& lp, const FreeColumns& free,
                                                       const PanelCounts& fixed, const PanelRows& rows,
                                                       const PanelBounds& bounds,
                                                       const std::vector<double>& objective) {
  const double* x = lp.primalColumnSolution();
  PanelCounts start = fixed;
  for (std::size_t c = 0; c < free.type_of.size(); ++c) start[free.type_of[c]] = static_cast<int>(std::lround(x[c]));
  return repair_panel(rows, bounds, start, objective);
}

// What the depth-first rounding ended with: a panel, the proof that the bounds hold none, or
// neither, when the solver gave up or the budget of re-solves ran out.
struct Rounding {
  enum Outcome { panel, none, undecided } outcome;
  PanelCounts counts;
};

// Depth first: round the count closest to whole up, re-solve the relaxation (a warm start of a
// few pivots), and repeat until the vertex is whole, which is a panel; at a dead end take the
// other rounding of the latest choice. A whole tree searched without a panel proves there is
// none; CBC only takes over when the budget of re-solves runs out.
Rounding round_depth_first(ClpSimplex& lp, const FreeColumns& free, PanelCounts panel, int budget) {
  const int C = static_cast<int>(free.type_of.size());
  struct Choice {
    int column;
    double lower, upper, value;
    bool flipped;
  };
  std::vector<Choice> path;
  auto branch = [&](const Choice& choice, bool up) {
    lp.setColumnBounds(choice.column, up ? std::ceil(choice.value) : choice.lower,
                       up ? choice.upper : std::floor(choice.value));
    resolve(lp);
  };
  // The rounding only needs a panel in the bounds, not the best one: without the objective a
  // re-solve moves the vertex no further than the new bound forces it (a third fewer pivots,
  // and fewer dead ends, on a pool of 1,000 with k = 170).
  for (int c = 0; c < C; ++c) lp.setObjectiveCoefficient(c, 0.0);
  for (int solves = 0; solves < budget; ++solves) {
    if (lp.isProvenOptimal()) {
      const double* x = lp.primalColumnSolution();
      int pick = -1;
      double closest = 1;
      for (int c = 0; c < C; ++c) {
        const double distance = std::ceil(x[c]) - x[c];
        if (distance > 1e-9 && distance < 1 - 1e-9 && distance < closest) {
          closest = distance;
          pick = c;
        }
      }
      if (pick < 0) {
        for (int c = 0; c < C; ++c) panel[free.type_of[c]] = static_cast<int>(std::lround(x[c]));
        return {Rounding::panel, std::move(panel)};
      }
      path.push_back({pick, lp.columnLower()[pick], lp.columnUpper()[pick], x[pick], false});
      branch(path.back(), true);
      continue;
    }
    if (!lp.isProvenPrimalInfeasible()) break;  // the solver gave up: leave it to CBC
    while (!path.empty() && path.back().flipped) {
      lp.setColumnBounds(path.back().column, path.back().lower, path.back().upper);
      path.pop_back();
    }
    if (path.empty()) return {Rounding::none, {}};  // every rounding tried: no panel within these bounds
    Choice& choice = path.back();
    choice.flipped = true;
    lp.setColumnBounds(choice.column, choice.lower, choice.upper);
    branch(choice, false);
  }
  return {Rounding::undecided, {}};
}

// Any panel in these bounds will do: stop at the first, and skip strong branching (which
// costs more here than the few extra nodes it saves).
std::optional<PanelCounts> first_panel_by_cbc(const OsiClpSolverInterface& quotas, const PanelBounds& bounds) {
  const int T = quotas.getNumCols();
  const int R = quotas.getNumRows();
  OsiClpSolverInterface solver(quotas);
  quiet(solver);
  for (int t = 0; t < T; ++t) solver.setColBounds(t, bounds.type_lower[t], bounds.type_upper[t]);
  for (int q = 0; q < R; ++q) solver.setRowBounds(q, bounds.row_lower[q], bounds.row_upper[q]);
  solver.initialSolve();
  CbcModel model(solver);
  model.setLogLevel(0);
  model.messageHandler()->setLogLevel(0);
  model.solver()->messageHandler()->setLogLevel(0);
  model.setMaximumSolutions(1);
  model.setNumberStrong(0);
  model.setNumberBeforeTrust(0);
  model.setMaximumNodes(20000);
  model.branchAndBound();
  if (!model.bestSolution()) return std::nullopt;
  PanelCounts panel(T);
  for (int t = 0; t < T; ++t) panel[t] = static_cast<int>(std::lround(model.bestSolution()[t]));
  return panel;
}

}  // namespace

struct PanelSearch::Model {
  OsiClpSolverInterface solver;
  int types = 0;
  PanelRows rows;
};

PanelSearch::PanelSearch(const Pool& pool, const VolunteerTypes& types, int k) : model_(std::make_unique<Model>()) {

  const int T = static_cast<int>(types.size.size());
  model_->types = T;
  model_->rows = make_panel_rows(pool, types, k);
  Rows rows = coin_rows(model_->rows, T);
  std::vector<double> column_lower(T, 0.0), column_upper(T), objective(T, 0.0);
  for (int t = 0; t < T; ++t) column_upper[t] = types.size[t];
  quiet(model_->solver);
  model_->solver.loadProblem(rows.matrix, column_lower.data(), column_upper.data(), objective.data(),
                             rows.lower.data(), rows.upper.data());
  for (int t = 0; t < T; ++t) model_->solver.setInteger(t);
  model_->solver.setObjSense(-1.0);
}

PanelSearch::~PanelSearch() = default;

const PanelRows& PanelSearch::rows() const { return model_->rows; }

std::optional<PanelCounts> PanelSearch::best(const std::vector<double>& objective) const {
  OsiClpSolverInterface solver(model_->solver);
  quiet(solver);
  solver.setObjective(objective.data());
  const auto solution = solve(solver);
  if (!solution) return std::nullopt;
  PanelCounts panel(model_->types);
  for (int t = 0; t < model_->types; ++t) panel[t] = static_cast<int>(std::lround((*solution)[t]));
  return panel;
}

std::optional<PanelCounts> PanelSearch::any() const {
  const int T = model_->types;
  PanelBounds quotas{std::vector<double>(T, 0.0), std::vector<double>(T), model_->rows.lower, model_->rows.upper};
  for (int t = 0; t < T; ++t) quotas.type_upper[t] = model_->solver.getColUpper()[t];
  int integer_searches = 0;
  if (auto panel = within(quotas, std::vector<double>(T, 0.0), integer_searches)) return panel;
  return best(std::vector<double>(T, 0.0));
}

std::vector<PanelCounts> PanelSearch::best_several(const std::vector<double>& objective, int limit) const {
  OsiClpSolverInterface solver(model_->solver);
  quiet(solver);
  solver.setObjective(objective.data());
  std::vector<PanelCounts> panels;
  for (const auto& solution : solve_keeping(solver, limit)) {
    PanelCounts panel(model_->types);
    for (int t = 0; t < model_->types; ++t) panel[t] = static_cast<int>(std::lround(solution[t]));
    if (std::find(panels.begin(), panels.end(), panel) == panels.end()) panels.push_back(panel);
  }
  return panels;
}

std::optional<PanelCounts> PanelSearch::including(int type, const std::vector<double>& objective) const {
  auto attempt = [&](const std::vector<double>& goal, bool thorough) -> std::pair<std::optional<PanelCounts>, bool> {
    OsiClpSolverInterface solver(model_->solver);
    quiet(solver);
    solver.setObjective(goal.data());
    solver.setColLower(type, 1.0);
    CbcModel model(solver);
    model.setLogLevel(0);
    model.messageHandler()->setLogLevel(0);
    model.solver()->messageHandler()->setLogLevel(0);
    // Any panel will do: a good one for the objective if it is found quickly.
    if (thorough) {
      model.setMaximumSolutions(1);
    } else {
      model.setMaximumNodes(200);
    }
    model.branchAndBound();
    if (model.bestSolution()) {
      PanelCounts panel(model_->types);
      for (int t = 0; t < model_->types; ++t) panel[t] = static_cast<int>(std::lround(model.bestSolution()[t]));
      return {panel, true};
    }
    return {std::nullopt, model.isProvenInfeasible() || model.isProvenOptimal()};
  };
  auto [panel, settled] = attempt(objective, false);
  if (settled) return panel;
  auto [any, proven] = attempt(std::vector<double>(objective.size(), 0.0), true);
  if (!proven) throw Error(error_codes::solver_failed, "the panel search did not finish; please report this with the input files");
  return any;
}

std::optional<PanelCounts> PanelSearch::within(const PanelBounds& bounds, const std::vector<double>& objective,
                                               int& integer_searches) const {
  const FreeColumns free = free_columns(bounds);
  const Relaxation relaxation = relaxation_over(model_->rows, bounds, free, objective);
  PanelCounts panel = fixed_counts(bounds, free);
  if (free.type_of.empty()) {  // every count fixed: the bounds' one panel, if it meets the rows
    if (!meets_rows(relaxation)) return std::nullopt;
    return panel;
  }
  ClpSimplex lp;
  load(lp, relaxation);
  resolve(lp);
  if (!lp.isProvenOptimal()) return std::nullopt;
  if (auto moved = vertex_rounded_and_repaired(lp, free, panel, model_->rows, bounds, objective)) return moved;
  Rounding rounding = round_depth_first(lp, free, std::move(panel), 50 + 4 * model_->types);
  if (rounding.outcome == Rounding::panel) return std::move(rounding.counts);
  if (rounding.outcome == Rounding::none) return std::nullopt;
  ++integer_searches;
  return first_panel_by_cbc(model_->solver, bounds);
}
}  // namespace mienskip
