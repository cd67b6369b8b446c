#pragma once

#include <coin/CoinPackedMatrix.hpp>
#include <coin/OsiClpSolverInterface.hpp>

#include <optional>
#include <vector>

#include "core/panel/volunteer_types.hpp"

// What the panel search and the quota relaxation share of COIN-OR: the panel rules as CLP/CBC
// take them, a solver that prints nothing, and a proven-optimal integer solve.
namespace mienskip::coin {

// The rows as CBC/CLP take them.
struct Rows {
  CoinPackedMatrix matrix{false, 0, 0};
  std::vector<double> lower, upper;
};

Rows coin_rows(const PanelRows& rows, int T);
Rows panel_rows(const Pool& pool, const VolunteerTypes& types, int k);

void quiet(OsiClpSolverInterface& solver);

// Solves to proven optimality; returns the optimal integer solution first, then other solutions
// found on the way (up to `keep` in all), or nothing when infeasible. Throws Error `solver_failed`
// when CBC stops without a proof.
std::vector<std::vector<double>> solve_keeping(const OsiClpSolverInterface& base, int keep);

// The optimal integer solution, or nullopt when infeasible.
std::optional<std::vector<double>> solve(const OsiClpSolverInterface& base);

}  // namespace mienskip::coin
