#include "core/panel/coin_solver.hpp"

#include <coin/CbcModel.hpp>
#include <coin/CoinPackedVector.hpp>

#include "core/base/error.hpp"

namespace mienskip::coin {

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
    throw Error(error_codes::solver_failed, "the panel search did not finish; please report this with the input files");
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

}  // namespace mienskip::coin
