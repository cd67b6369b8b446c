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
#include "core/panel/panel_repair.hpp"
#include "core/panel/quota_feasibility.hpp"

namespace mienskip {

VolunteerTypes group_types(const Pool& pool) {
  VolunteerTypes types;
  // Volunteers who share a household are kept apart (the rule "one per household" concerns them
  // individually); everyone else is grouped by their values.
  std::map<int, int> household_size;
  for (int h : pool.household) ++household_size[h];
  std::map<std::pair<std::vector<int>, int>, int> index;
  for (std::size_t i = 0; i < pool.ids.size(); ++i) {
    const int household = pool.household.empty() ? -1 : pool.household[i];
    const bool shared = household >= 0 && household_size[household] > 1;
    const auto key = shared ? std::make_pair(std::vector<int>{static_cast<int>(i)}, household)
                            : std::make_pair(pool.values[i], -1);
    auto [it, fresh] = index.emplace(key, static_cast<int>(types.size.size()));
    if (fresh) {
      types.values.push_back(pool.values[i]);
      types.size.push_back(0);
      if (!pool.household.empty()) types.household.push_back(shared ? household : -1);
    }
    const int type = it->second;
    types.size[type] += 1;
    types.type_of.push_back(type);
  }
  return types;
}

bool meets_quotas(const Pool& pool, const VolunteerTypes& types, int k, const PanelCounts& panel) {
  if (panel.size() != types.size.size()) return false;
  int total = 0;
  std::map<int, int> per_household;
  for (std::size_t t = 0; t < panel.size(); ++t) {
    if (panel[t] < 0 || panel[t] > types.size[t]) return false;
    total += panel[t];
    if (!types.household.empty() && types.household[t] >= 0 && panel[t] > 0 &&
        ++per_household[types.household[t]] > 1) {
      return false;
    }
  }
  if (total != k) return false;
  for (std::size_t c = 0; c < pool.categories.size(); ++c) {
    std::vector<int> seats(pool.categories[c].values.size(), 0);
    for (std::size_t t = 0; t < panel.size(); ++t) seats[types.values[t][c]] += panel[t];
    for (std::size_t v = 0; v < seats.size(); ++v) {
      if (seats[v] < pool.categories[c].min[v] || seats[v] > pool.categories[c].max[v]) return false;
    }
  }
  return true;
}

PanelRows make_panel_rows(const Pool& pool, const VolunteerTypes& types, int k) {
  const int T = static_cast<int>(types.size.size());
  PanelRows rows;
  auto add = [&](std::vector<int> members, double lower, double upper) {
    rows.types.push_back(std::move(members));
    rows.lower.push_back(lower);
    rows.upper.push_back(upper);
  };
  std::vector<int> all(T);
  for (int t = 0; t < T; ++t) all[t] = t;
  add(all, k, k);
  for (std::size_t c = 0; c < pool.categories.size(); ++c) {
    for (std::size_t v = 0; v < pool.categories[c].values.size(); ++v) {
      std::vector<int> members;
      for (int t = 0; t < T; ++t) {
        if (types.values[t][c] == static_cast<int>(v)) members.push_back(t);
      }
      add(members, pool.categories[c].min[v], pool.categories[c].max[v]);
    }
  }
  if (!types.household.empty()) {
    std::map<int, std::vector<int>> members;
    for (int t = 0; t < T; ++t) {
      if (types.household[t] >= 0) members[types.household[t]].push_back(t);
    }
    for (const auto& [household, list] : members) {
      if (list.size() >= 2) add(list, 0, 1);
    }
  }
  return rows;
}

namespace {

// The rows as CBC/CLP take them.
struct Rows {
  CoinPackedMatrix matrix{false, 0, 0};
  std::vector<double> lower, upper;
};

Rows coin_rows(const PanelRows& rows, int T) {
  Rows coin;
  coin.matrix.setDimensions(0, T);
  for (const auto& members : rows.types) {
    CoinPackedVector row;
    for (int t : members) row.insert(t, 1.0);
    coin.matrix.appendRow(row);
  }
  coin.lower = rows.lower;
  coin.upper = rows.upper;
  return coin;
}

Rows panel_rows(const Pool& pool, const VolunteerTypes& types, int k) {
  return coin_rows(make_panel_rows(pool, types, k), static_cast<int>(types.size.size()));
}

void quiet(OsiClpSolverInterface& solver) {
  solver.messageHandler()->setLogLevel(0);
  solver.getModelPtr()->setLogLevel(0);
}

// Solves to proven optimality; returns the optimal integer solution first, then other solutions
// found on the way (up to `keep` in all), or nothing when infeasible.
std::vector<std::vector<double>> solve_keeping(const OsiClpSolverInterface& base, int keep) {
  CbcModel model(base);
  model.setMaximumSavedSolutions(keep);
  model.setLogLevel(0);
  model.messageHandler()->setLogLevel(0);
  model.solver()->messageHandler()->setLogLevel(0);
  model.setAllowableGap(1e-11);
  model.setAllowableFractionGap(1e-11);
  model.setAllowablePercentageGap(1e-9);
  model.branchAndBound();
  if (model.isProvenInfeasible()) return {};
  if (!model.isProvenOptimal() || !model.bestSolution()) {
    throw Error("solver_failed", "the panel search did not finish; please report this with the input files");
  }
  std::vector<std::vector<double>> solutions;
  const double* best = model.bestSolution();
  solutions.emplace_back(best, best + model.getNumCols());
  for (int i = 0; i < model.numberSavedSolutions(); ++i) {
    const double* other = model.savedSolution(i);
    if (other) solutions.emplace_back(other, other + model.getNumCols());
  }
  return solutions;
}

std::optional<std::vector<double>> solve(const OsiClpSolverInterface& base) {
  auto solutions = solve_keeping(base, 1);
  if (solutions.empty()) return std::nullopt;
  return solutions.front();
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
  if (!proven) throw Error("solver_failed", "the panel search did not finish; please report this with the input files");
  return any;
}

std::optional<PanelCounts> PanelSearch::within(const PanelBounds& bounds, const std::vector<double>& objective,
                                               int& integer_searches) const {
  const int T = model_->types;
  const PanelRows& rows = model_->rows;
  const int R = static_cast<int>(rows.types.size());
  // Only the types the bounds leave free are columns; the fixed ones are constants in the rows.
  // Late in the walk most types are fixed, and every pivot and every re-solve passes over the
  // columns: on the pool of 1,000 with k = 170 a face has 300 free types on average, of 980.
  std::vector<int> column_of(T, -1), type_of;
  for (int t = 0; t < T; ++t) {
    if (bounds.type_lower[t] < bounds.type_upper[t]) {
      column_of[t] = static_cast<int>(type_of.size());
      type_of.push_back(t);
    }
  }
  const int C = static_cast<int>(type_of.size());
  std::vector<double> row_lower = bounds.row_lower, row_upper = bounds.row_upper;
  std::vector<std::vector<int>> rows_of(C);
  for (int q = 0; q < R; ++q) {
    for (int t : rows.types[q]) {
      if (column_of[t] >= 0) {
        rows_of[column_of[t]].push_back(q);
      } else {
        row_lower[q] -= bounds.type_lower[t];
        row_upper[q] -= bounds.type_lower[t];
      }
    }
  }
  std::vector<int> starts{0}, indices;
  std::vector<double> column_lower(C), column_upper(C), goal(C);
  for (int c = 0; c < C; ++c) {
    indices.insert(indices.end(), rows_of[c].begin(), rows_of[c].end());
    starts.push_back(static_cast<int>(indices.size()));
    column_lower[c] = bounds.type_lower[type_of[c]];
    column_upper[c] = bounds.type_upper[type_of[c]];
    goal[c] = -objective[type_of[c]];  // CLP minimises
  }
  PanelCounts panel(T);
  for (int t = 0; t < T; ++t) {
    if (column_of[t] < 0) panel[t] = static_cast<int>(std::lround(bounds.type_lower[t]));
  }
  if (C == 0) {  // every count fixed: the bounds' one panel, if it meets the rows
    for (int q = 0; q < R; ++q) {
      if (row_lower[q] > 0.5 || row_upper[q] < -0.5) return std::nullopt;
    }
    return panel;
  }
  const std::vector<double> ones(indices.size(), 1.0);
  ClpSimplex lp;
  lp.setLogLevel(0);
  lp.loadProblem(C, R, starts.data(), indices.data(), ones.data(), column_lower.data(), column_upper.data(),
                 goal.data(), row_lower.data(), row_upper.data());
  lp.scaling(0);  // all coefficients are 1
  // Dual simplex from the previous basis, keeping CLP's work areas and its factorisation of the
  // basis between re-solves (bits 1, 2 and 4: only column bounds change, which leave the basis
  // matrix as it was; keeping the factorisation saves a fifth of the rounding's time); the rare
  // re-solve that ends neither optimal nor infeasible is repeated from scratch.
  auto solve = [&] {
    lp.dual(0, 1 | 2 | 4);
    if (!lp.isProvenOptimal() && !lp.isProvenPrimalInfeasible()) {
      lp.allSlackBasis();
      lp.dual();
    }
  };
  solve();
  if (!lp.isProvenOptimal()) return std::nullopt;
  // The relaxation's vertex has few fractional counts: rounded to the nearest whole numbers it
  // is often a few seats from a panel, which moving seats (repair_panel) finds in about a
  // millisecond; the depth-first rounding below took 16 to 29 ms per panel on average on the pool
  // of 1,000 with k = 170, where this finds a quarter of the panels it would otherwise have to.
  {
    const double* x = lp.primalColumnSolution();
    PanelCounts start = panel;
    for (int c = 0; c < C; ++c) start[type_of[c]] = static_cast<int>(std::lround(x[c]));
    if (auto moved = repair_panel(rows, bounds, start, objective)) return moved;
  }
  // Depth first: round the count closest to whole up, re-solve the relaxation (a warm start of a
  // few pivots), and repeat until the vertex is whole, which is a panel; at a dead end take the
  // other rounding of the latest choice. A whole tree searched without a panel proves there is
  // none; CBC only takes over when the budget of re-solves runs out.
  struct Choice {
    int column;
    double lower, upper, value;
    bool flipped;
  };
  std::vector<Choice> path;
  auto branch = [&](const Choice& choice, bool up) {
    lp.setColumnBounds(choice.column, up ? std::ceil(choice.value) : choice.lower,
                       up ? choice.upper : std::floor(choice.value));
    solve();
  };
  // The rounding only needs a panel in the bounds, not the best one: without the objective a
  // re-solve moves the vertex no further than the new bound forces it (a third fewer pivots,
  // and fewer dead ends, on a pool of 1,000 with k = 170).
  for (int c = 0; c < C; ++c) lp.setObjectiveCoefficient(c, 0.0);
  for (int solves = 0; solves < 50 + 4 * T; ++solves) {
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
        for (int c = 0; c < C; ++c) panel[type_of[c]] = static_cast<int>(std::lround(x[c]));
        return panel;
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
    if (path.empty()) return std::nullopt;  // every rounding tried: no panel within these bounds
    Choice& choice = path.back();
    choice.flipped = true;
    lp.setColumnBounds(choice.column, choice.lower, choice.upper);
    branch(choice, false);
  }
  ++integer_searches;
  OsiClpSolverInterface solver(model_->solver);
  quiet(solver);
  for (int t = 0; t < T; ++t) solver.setColBounds(t, bounds.type_lower[t], bounds.type_upper[t]);
  for (int q = 0; q < R; ++q) solver.setRowBounds(q, bounds.row_lower[q], bounds.row_upper[q]);
  solver.initialSolve();
  CbcModel model(solver);
  model.setLogLevel(0);
  model.messageHandler()->setLogLevel(0);
  model.solver()->messageHandler()->setLogLevel(0);
  // Any panel in these bounds will do: stop at the first, and skip strong branching (which
  // costs more here than the few extra nodes it saves).
  model.setMaximumSolutions(1);
  model.setNumberStrong(0);
  model.setNumberBeforeTrust(0);
  model.setMaximumNodes(20000);
  model.branchAndBound();
  if (!model.bestSolution()) return std::nullopt;
  for (int t = 0; t < T; ++t) panel[t] = static_cast<int>(std::lround(model.bestSolution()[t]));
  return panel;
}

std::string QuotaRelaxation::describe() const {
  return category + ": " + value + " " + bound + " " + std::to_string(from) + " -> " + std::to_string(to);
}

std::vector<QuotaRelaxation> minimal_relaxation(const Pool& pool, const VolunteerTypes& types, int k) {
  const int T = static_cast<int>(types.size.size());
  const Rows rows = panel_rows(pool, types, k);
  // Per quota two relaxation variables, on separate rows so they cannot cancel: how far the min
  // goes down and how far the max goes up, each within its flexibility. Minimise their sum.
  struct Slack {
    std::size_t category, value;
    bool is_min;
  };
  std::vector<Slack> slacks;
  std::vector<double> column_lower(T, 0.0), column_upper(T), objective(T, 0.0);
  for (int t = 0; t < T; ++t) column_upper[t] = types.size[t];

  CoinPackedMatrix matrix(false, 0, 0);
  std::vector<double> lower, upper;
  auto copy_row = [&](int r) {
    const CoinShallowPackedVector row = rows.matrix.getVector(r);
    return CoinPackedVector(row.getNumElements(), row.getIndices(), row.getElements());
  };
  std::vector<std::pair<CoinPackedVector, std::pair<double, double>>> new_rows;
  new_rows.push_back({copy_row(0), {double(k), double(k)}});
  int row = 1;
  for (std::size_t c = 0; c < pool.categories.size(); ++c) {
    const auto& category = pool.categories[c];
    for (std::size_t v = 0; v < category.values.size(); ++v, ++row) {
      const int max_flex = category.max_flex[v] < 0 ? k : category.max_flex[v];
      const int down = T + static_cast<int>(slacks.size());
      slacks.push_back({c, v, true});
      column_lower.push_back(0);
      column_upper.push_back(category.min[v] - category.min_flex[v]);
      objective.push_back(1.0);
      const int up = T + static_cast<int>(slacks.size());
      slacks.push_back({c, v, false});
      column_lower.push_back(0);
      column_upper.push_back(std::max(0, max_flex - category.max[v]));
      objective.push_back(1.0);

      CoinPackedVector at_least = copy_row(row);
      at_least.insert(down, 1.0);
      new_rows.push_back({at_least, {double(category.min[v]), COIN_DBL_MAX}});
      CoinPackedVector at_most = copy_row(row);
      at_most.insert(up, -1.0);
      new_rows.push_back({at_most, {-COIN_DBL_MAX, double(category.max[v])}});
    }
  }
  for (int r = row; r < rows.matrix.getNumRows(); ++r) {
    new_rows.push_back({copy_row(r), {rows.lower[r], rows.upper[r]}});  // households
  }
  const int columns = T + static_cast<int>(slacks.size());
  matrix.setDimensions(0, columns);
  for (const auto& [vector, bounds] : new_rows) {
    matrix.appendRow(vector);
    lower.push_back(bounds.first);
    upper.push_back(bounds.second);
  }

  OsiClpSolverInterface solver;
  quiet(solver);
  solver.loadProblem(matrix, column_lower.data(), column_upper.data(), objective.data(), lower.data(), upper.data());
  for (int column = 0; column < columns; ++column) solver.setInteger(column);
  solver.setObjSense(1.0);
  const auto solution = solve(solver);
  if (!solution) {
    throw Error("quota_infeasible",
                "no panel of " + std::to_string(k) + " meets the quotas, not even with the allowed flexibility "
                "(min_flex/max_flex): there are too few volunteers in some groups");
  }
  std::vector<QuotaRelaxation> changes;
  for (std::size_t s = 0; s < slacks.size(); ++s) {
    const int amount = static_cast<int>(std::lround((*solution)[T + s]));
    if (amount == 0) continue;
    const auto& category = pool.categories[slacks[s].category];
    const std::size_t v = slacks[s].value;
    if (slacks[s].is_min) {
      changes.push_back({category.name, category.values[v], "min", category.min[v], category.min[v] - amount});
    } else {
      changes.push_back({category.name, category.values[v], "max", category.max[v], category.max[v] + amount});
    }
  }
  return changes;
}

void require_feasible(const Pool& pool, const VolunteerTypes& types, int k, const PanelSearch& search) {
  const auto verdict = quota_feasibility(pool, types, k, search);
  if (!verdict.feasible()) throw Error(verdict.conflicts.front().code, verdict.conflicts.front().message);
}

}  // namespace mienskip
