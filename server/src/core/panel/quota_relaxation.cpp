#include "core/panel/quota_relaxation.hpp"

#include <coin/CoinPackedVector.hpp>

#include <algorithm>
#include <cmath>

#include "core/base/error.hpp"
#include "core/panel/coin_solver.hpp"

namespace mienskip {

using namespace coin;

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
    throw Error(error_codes::quota_infeasible,
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

}  // namespace mienskip
