#include "core/panel/panel_repair.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mienskip {

namespace {

// How far a row's count lies outside its bounds.
int excess(int sum, int lower, int upper) { return std::max(0, lower - sum) + std::max(0, sum - upper); }

constexpr int impossible = std::numeric_limits<int>::max() / 4;
// Moves that keep the distance are allowed too (a seat often has to pass through a third type),
// but a type that just left may not come back for a while, nor leave again once it came in.
constexpr int tabu_moves = 7;

// A seat taken from type `out` and given to type `in` (either -1 for none), with what it does
// to the rows' distance from their bounds and to the objective.
struct Move {
  int change = impossible, out = -1, in = -1;
  double gain = -std::numeric_limits<double>::infinity();

  // The best move: the largest reduction, then the most objective gained.
  void consider(int a_change, double a_gain, int a, int b) {
    if (a_change < change || (a_change == change && a_gain > gain)) {
      change = a_change;
      gain = a_gain;
      out = a;
      in = b;
    }
  }
};

// The panel being moved onto the bounds a seat at a time, with its rows' counts, what a seat
// more or less does to each row and type, and when each type may move again. The work areas
// live here once for the whole search, which repair_panel runs at every step of the walk.
class SeatMover {
 public:
  SeatMover(const PanelRows& rows, const PanelBounds& bounds, const PanelCounts& start);

  const PanelCounts& panel() const { return panel_; }
  // How far the rows lie outside their bounds in all, and what a seat more or less does to each.
  int rows_outside();
  // What one seat more or less for a type does to the rows (impossible beyond its bounds).
  void weigh_single_moves(int move);
  Move best_move(const std::vector<double>& objective);
  void make(const Move& best, int move);

 private:
  std::vector<std::vector<int>> rows_of_;
  std::vector<int> lower_, upper_, row_lower_, row_upper_;
  PanelCounts panel_;
  std::vector<int> movable_, sum_;
  std::vector<int> row_plus_, row_minus_, type_plus_, type_minus_;
  std::vector<int> may_enter_from_, may_leave_from_;
  std::vector<int> entering_, returned_;
};

// Every work area is made at its size here, as the search's locals were: it runs at every step.
SeatMover::SeatMover(const PanelRows& rows, const PanelBounds& bounds, const PanelCounts& start)
    : rows_of_(start.size()),
      lower_(start.size()),
      upper_(start.size()),
      row_lower_(rows.types.size()),
      row_upper_(rows.types.size()),
      panel_(start.size()),
      sum_(rows.types.size(), 0),
      row_plus_(rows.types.size()),
      row_minus_(rows.types.size()),
      type_plus_(start.size(), impossible),
      type_minus_(start.size(), impossible),
      may_enter_from_(start.size(), 0),
      may_leave_from_(start.size(), 0),
      returned_(rows.types.size(), 0) {
  const int T = static_cast<int>(start.size());
  const int R = static_cast<int>(rows.types.size());
  for (int q = 0; q < R; ++q) {
    for (int t : rows.types[q]) rows_of_[t].push_back(q);
  }
  for (int t = 0; t < T; ++t) {
    lower_[t] = static_cast<int>(std::lround(bounds.type_lower[t]));
    upper_[t] = static_cast<int>(std::lround(bounds.type_upper[t]));
  }
  for (int q = 0; q < R; ++q) {
    row_lower_[q] = static_cast<int>(std::lround(bounds.row_lower[q]));
    row_upper_[q] = static_cast<int>(std::lround(bounds.row_upper[q]));
  }
  for (int t = 0; t < T; ++t) panel_[t] = std::clamp(start[t], lower_[t], upper_[t]);
  // Only the types the bounds leave free can move; late in the walk that is a small part.
  for (int t = 0; t < T; ++t) {
    if (lower_[t] < upper_[t]) movable_.push_back(t);
  }
  for (int q = 0; q < R; ++q) {
    for (int t : rows.types[q]) sum_[q] += panel_[t];
  }
}

int SeatMover::rows_outside() {
  int outside = 0;
  for (std::size_t q = 0; q < sum_.size(); ++q) {
    const int now = excess(sum_[q], row_lower_[q], row_upper_[q]);
    outside += now;
    row_plus_[q] = excess(sum_[q] + 1, row_lower_[q], row_upper_[q]) - now;
    row_minus_[q] = excess(sum_[q] - 1, row_lower_[q], row_upper_[q]) - now;
  }
  return outside;
}

void SeatMover::weigh_single_moves(int move) {
  for (int t : movable_) {
    type_plus_[t] = impossible;
    type_minus_[t] = impossible;
    if (panel_[t] < upper_[t] && move >= may_enter_from_[t]) {
      type_plus_[t] = 0;
      for (int q : rows_of_[t]) type_plus_[t] += row_plus_[q];
    }
    if (panel_[t] > lower_[t] && move >= may_leave_from_[t]) {
      type_minus_[t] = 0;
      for (int q : rows_of_[t]) type_minus_[t] += row_minus_[q];
    }
  }
}

Move SeatMover::best_move(const std::vector<double>& objective) {
  Move best;
  for (int t : movable_) {
    if (type_plus_[t] < impossible) best.consider(type_plus_[t], objective[t], -1, t);
    if (type_minus_[t] < impossible) best.consider(type_minus_[t], -objective[t], t, -1);
  }
  // Swaps: entering types in order of what their seat alone does, so that the search for a
  // leaving type stops where even the most its shared rows can give back cannot beat the best.
  entering_.clear();
  for (int b : movable_) {
    if (type_plus_[b] < impossible) entering_.push_back(b);
  }
  std::stable_sort(entering_.begin(), entering_.end(), [&](int x, int y) { return type_plus_[x] < type_plus_[y]; });
  for (int a : movable_) {
    if (type_minus_[a] >= impossible) continue;
    // A row holding both types keeps its count. What each of a's rows gives back is kept by
    // row number, so that each entering type only sums over its own rows (a merge of the two
    // sorted row lists here took three times as long).
    int give_back = 0;  // the most the rows a shares with an entering type can take back
    for (int q : rows_of_[a]) {
      returned_[q] = row_minus_[q] + row_plus_[q];
      give_back += returned_[q];
    }
    for (int b : entering_) {
      int change = type_minus_[a] + type_plus_[b];
      if (best.change < impossible && change - give_back > best.change) break;
      if (b == a) continue;
      for (int q : rows_of_[b]) change -= returned_[q];
      best.consider(change, objective[b] - objective[a], a, b);
    }
    for (int q : rows_of_[a]) returned_[q] = 0;
  }
  return best;
}

void SeatMover::make(const Move& best, int move) {
  if (best.out >= 0) {
    may_enter_from_[best.out] = move + 1 + tabu_moves;
    --panel_[best.out];
    for (int q : rows_of_[best.out]) --sum_[q];
  }
  if (best.in >= 0) {
    may_leave_from_[best.in] = move + 1 + tabu_moves;
    ++panel_[best.in];
    for (int q : rows_of_[best.in]) ++sum_[q];
  }
}

}  // namespace

std::optional<PanelCounts> repair_panel(const PanelRows& rows, const PanelBounds& bounds, const PanelCounts& start,
                                        const std::vector<double>& objective, int max_moves) {
  SeatMover mover(rows, bounds, start);
  for (int move = 0; move <= max_moves; ++move) {
    if (mover.rows_outside() == 0) return mover.panel();
    if (move == max_moves) break;
    mover.weigh_single_moves(move);
    const Move best = mover.best_move(objective);
    if (best.change > 0) break;  // stuck: every move takes the panel further away
    mover.make(best, move);
  }
  return std::nullopt;
}

}  // namespace mienskip
