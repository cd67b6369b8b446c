#include "core/panel/panel_repair.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mienskip {

namespace {

// How far a row's count lies outside its bounds.
int excess(int sum, int lower, int upper) { return std::max(0, lower - sum) + std::max(0, sum - upper); }

}  // namespace

std::optional<PanelCounts> repair_panel(const PanelRows& rows, const PanelBounds& bounds, const PanelCounts& start,
                                        const std::vector<double>& objective, int max_moves) {
  const int T = static_cast<int>(start.size());
  const int R = static_cast<int>(rows.types.size());
  std::vector<std::vector<int>> rows_of(T);
  for (int q = 0; q < R; ++q) {
    for (int t : rows.types[q]) rows_of[t].push_back(q);
  }
  std::vector<int> lower(T), upper(T), row_lower(R), row_upper(R);
  for (int t = 0; t < T; ++t) {
    lower[t] = static_cast<int>(std::lround(bounds.type_lower[t]));
    upper[t] = static_cast<int>(std::lround(bounds.type_upper[t]));
  }
  for (int q = 0; q < R; ++q) {
    row_lower[q] = static_cast<int>(std::lround(bounds.row_lower[q]));
    row_upper[q] = static_cast<int>(std::lround(bounds.row_upper[q]));
  }
  PanelCounts panel(T);
  for (int t = 0; t < T; ++t) panel[t] = std::clamp(start[t], lower[t], upper[t]);
  // Only the types the bounds leave free can move; late in the walk that is a small part.
  std::vector<int> movable;
  for (int t = 0; t < T; ++t) {
    if (lower[t] < upper[t]) movable.push_back(t);
  }
  std::vector<int> sum(R, 0);
  for (int q = 0; q < R; ++q) {
    for (int t : rows.types[q]) sum[q] += panel[t];
  }

  constexpr int impossible = std::numeric_limits<int>::max() / 4;
  std::vector<int> row_plus(R), row_minus(R), type_plus(T, impossible), type_minus(T, impossible);
  // Moves that keep the distance are allowed too (a seat often has to pass through a third type),
  // but a type that just left may not come back for a while, nor leave again once it came in.
  constexpr int tabu_moves = 7;
  std::vector<int> may_enter_from(T, 0), may_leave_from(T, 0);
  std::vector<int> entering;
  std::vector<int> returned(R, 0);
  for (int move = 0; move <= max_moves; ++move) {
    int outside = 0;
    for (int q = 0; q < R; ++q) {
      const int now = excess(sum[q], row_lower[q], row_upper[q]);
      outside += now;
      row_plus[q] = excess(sum[q] + 1, row_lower[q], row_upper[q]) - now;
      row_minus[q] = excess(sum[q] - 1, row_lower[q], row_upper[q]) - now;
    }
    if (outside == 0) return panel;
    if (move == max_moves) break;
    // What one seat more or less for a type does to the rows (impossible beyond its bounds).
    for (int t : movable) {
      type_plus[t] = impossible;
      type_minus[t] = impossible;
      if (panel[t] < upper[t] && move >= may_enter_from[t]) {
        type_plus[t] = 0;
        for (int q : rows_of[t]) type_plus[t] += row_plus[q];
      }
      if (panel[t] > lower[t] && move >= may_leave_from[t]) {
        type_minus[t] = 0;
        for (int q : rows_of[t]) type_minus[t] += row_minus[q];
      }
    }
    // The best move: the largest reduction, then the most objective gained.
    int best_change = impossible, out = -1, in = -1;
    double best_gain = -std::numeric_limits<double>::infinity();
    auto consider = [&](int change, double gain, int a, int b) {
      if (change < best_change || (change == best_change && gain > best_gain)) {
        best_change = change;
        best_gain = gain;
        out = a;
        in = b;
      }
    };
    for (int t : movable) {
      if (type_plus[t] < impossible) consider(type_plus[t], objective[t], -1, t);
      if (type_minus[t] < impossible) consider(type_minus[t], -objective[t], t, -1);
    }
    // Swaps: entering types in order of what their seat alone does, so that the search for a
    // leaving type stops where even the most its shared rows can give back cannot beat the best.
    entering.clear();
    for (int b : movable) {
      if (type_plus[b] < impossible) entering.push_back(b);
    }
    std::stable_sort(entering.begin(), entering.end(), [&](int x, int y) { return type_plus[x] < type_plus[y]; });
    for (int a : movable) {
      if (type_minus[a] >= impossible) continue;
      // A row holding both types keeps its count. What each of a's rows gives back is kept by
      // row number, so that each entering type only sums over its own rows (a merge of the two
      // sorted row lists here took three times as long).
      int give_back = 0;  // the most the rows a shares with an entering type can take back
      for (int q : rows_of[a]) {
        returned[q] = row_minus[q] + row_plus[q];
        give_back += returned[q];
      }
      for (int b : entering) {
        int change = type_minus[a] + type_plus[b];
        if (best_change < impossible && change - give_back > best_change) break;
        if (b == a) continue;
        for (int q : rows_of[b]) change -= returned[q];
        consider(change, objective[b] - objective[a], a, b);
      }
      for (int q : rows_of[a]) returned[q] = 0;
    }
    if (best_change > 0) break;  // stuck: every move takes the panel further away
    if (out >= 0) {
      may_enter_from[out] = move + 1 + tabu_moves;
      --panel[out];
      for (int q : rows_of[out]) --sum[q];
    }
    if (in >= 0) {
      may_leave_from[in] = move + 1 + tabu_moves;
      ++panel[in];
      for (int q : rows_of[in]) ++sum[q];
    }
  }
  return std::nullopt;
}

}  // namespace mienskip
