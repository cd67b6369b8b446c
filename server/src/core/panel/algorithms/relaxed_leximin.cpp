#include "core/panel/algorithms/relaxed_leximin.hpp"

#include "core/panel/panel_repair.hpp"

#include <coin/ClpSimplex.hpp>
#include <coin/CoinPackedMatrix.hpp>
#include <coin/CoinPackedVector.hpp>

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>

namespace mienskip {

namespace {

// Dual weights below this count as zero when deciding which types a stage fixes.
constexpr double weight_epsilon = 1e-9;
// Expected seats closer than this to a bound count as on it.
constexpr double seat_tolerance = 1e-9;
// The walk's faces: r / m closer than this to a bound counts as on it. Relative to the mass m
// left, so that the faces near the end of the walk, where m is a millionth, are not blurred
// (with 1e-9 absolute a walk could end on a face without a panel: the pool of 1,000 with k = 40
// did); but never below what the walk's own rounding can reach.
constexpr double face_tolerance = 1e-8;
constexpr double least_face_tolerance = 1e-13;
// Probability mass the walk may leave unplaced at its end.
constexpr double leftover_mass = 1e-6;

}  // namespace

std::optional<RelaxedLeximin> leximin_over_relaxation(const PanelRows& rows, const VolunteerTypes& types) {
  // Columns: expected seats x_t in [0, n_t], then z. Rows: the panel rows, then per type
  // x_t - n_t z >= 0 while unfixed, x_t >= n_t * fixed once fixed. Maximise z (CLP minimises -z).
  const int T = static_cast<int>(types.size.size());
  const int R = static_cast<int>(rows.types.size());
  CoinPackedMatrix matrix(false, 0, 0);
  matrix.setDimensions(0, T + 1);
  std::vector<double> row_lower, row_upper;
  for (int r = 0; r < R; ++r) {
    CoinPackedVector row;
    for (int t : rows.types[r]) row.insert(t, 1.0);
    matrix.appendRow(row);
    row_lower.push_back(rows.lower[r]);
    row_upper.push_back(rows.upper[r]);
  }
  for (int t = 0; t < T; ++t) {
    CoinPackedVector row;
    row.insert(t, 1.0);
    row.insert(T, -static_cast<double>(types.size[t]));
    matrix.appendRow(row);
    row_lower.push_back(0.0);
    row_upper.push_back(COIN_DBL_MAX);
  }
  std::vector<double> column_lower(T + 1, 0.0), column_upper(T + 1, 1.0), objective(T + 1, 0.0);
  for (int t = 0; t < T; ++t) column_upper[t] = types.size[t];
  objective[T] = -1.0;
  ClpSimplex lp;
  lp.setLogLevel(0);
  lp.loadProblem(matrix, column_lower.data(), column_upper.data(), objective.data(), row_lower.data(),
                 row_upper.data());

  RelaxedLeximin result;
  std::vector<bool> fixed(T, false);
  int unfixed = T;
  double fixed_seats = 0;
  const double k = rows.lower[0];
  while (unfixed > 0) {
    ++result.stages;
    lp.primal(0, result.stages > 1 ? 1 : 0);
    if (!lp.isProvenOptimal()) {
      lp.allSlackBasis();
      lp.primal();
      if (!lp.isProvenOptimal()) return std::nullopt;
    }
    const double z = std::max(0.0, -lp.objectiveValue());
    if (result.stages == 1) result.minimum = z;
    const double* duals = lp.dualRowSolution();
    const double* x = lp.primalColumnSolution();
    result.seats.assign(x, x + T);  // the last stage's solution is the answer
    double unfixed_people = 0;
    for (int t = 0; t < T; ++t) {
      if (!fixed[t]) unfixed_people += types.size[t];
    }
    // Probabilities sum to k: when the unfixed all get an equal share of what is left, no one of
    // them can get more.
    // (Nor above certainty.)
    const bool all_equal = z >= (k - fixed_seats) / unfixed_people - 1e-9 || z >= 1 - 1e-9;
    bool fixed_any = false;
    for (int t = 0; t < T; ++t) {
      if (fixed[t] || !(all_equal || duals[R + t] > weight_epsilon)) continue;
      fixed[t] = true;
      --unfixed;
      fixed_any = true;
      fixed_seats += z * types.size[t];
      lp.modifyCoefficient(R + t, T, 0.0);
      // No higher than the current solution has it (the solver's own rounding can put that a
      // hair below z * n_t), so the current solution stays feasible for the next stage.
      lp.setRowLower(R + t, std::max(0.0, std::min(x[t], z * types.size[t]) - seat_tolerance));
    }
    if (!fixed_any) return std::nullopt;  // degenerate duals: let column generation decide
  }
  return result;
}

std::optional<PanelDistribution> decompose_into_panels(const PanelSearch& search, const VolunteerTypes& types,
                                                       const std::vector<double>& seats,
                                                       std::chrono::steady_clock::time_point deadline,
                                                       int& integer_searches, bool repair) {
  const PanelRows& rows = search.rows();
  const int T = static_cast<int>(types.size.size());
  const int R = static_cast<int>(rows.types.size());
  // The remaining expectation r, carrying mass m: r / m always lies in the relaxation.
  std::vector<double> r = seats;
  double m = 1.0;
  std::map<PanelCounts, double> weight;
  PanelCounts previous;
  PanelBounds bounds{std::vector<double>(T), std::vector<double>(T), std::vector<double>(R), std::vector<double>(R)};
  std::vector<double> objective(T);
  std::vector<double> row_sum(R);
  // The last few steps, to take one again when the panel repair_panel moved led onto a face
  // without a panel.
  struct Step {
    std::vector<double> r;
    double m;
    PanelCounts panel;
    double mu;
    bool repaired, fresh;
  };
  std::deque<Step> recent;
  constexpr std::size_t remembered_steps = 4;
  int retakes_left = 8;
  bool search_next = false;  // the step being taken again: with the linear program this time
  const int max_steps = T + R + 10 + retakes_left * static_cast<int>(remembered_steps);
  for (int step = 0; step < max_steps && m > 1e-12; ++step) {
    if (std::chrono::steady_clock::now() > deadline) return std::nullopt;
    // The smallest face holding r / m: every bound it meets stays met.
    const double tolerance = std::max(least_face_tolerance, face_tolerance * m);
    for (int t = 0; t < T; ++t) {
      const double n = types.size[t];
      bounds.type_lower[t] = r[t] >= m * n - tolerance ? n : 0.0;
      bounds.type_upper[t] = r[t] <= tolerance ? 0.0 : n;
      objective[t] = r[t] / (m * n);  // prefer the types with the most expectation left
    }
    for (int q = 0; q < R; ++q) {
      double sum = 0;
      for (int t : rows.types[q]) sum += r[t];
      row_sum[q] = sum;
      bounds.row_lower[q] = rows.lower[q];
      bounds.row_upper[q] = rows.upper[q];
      if (sum <= m * rows.lower[q] + tolerance) bounds.row_upper[q] = rows.lower[q];
      if (sum >= m * rows.upper[q] - tolerance) bounds.row_lower[q] = rows.upper[q];
    }
    // The previous panel moved onto the smaller face when a few seats do it; the linear
    // program's search otherwise (and always at the first step).
    std::optional<PanelCounts> panel;
    if (repair && !weight.empty() && !search_next) panel = repair_panel(rows, bounds, previous, objective);
    const bool repaired = panel.has_value();
    if (!panel) panel = search.within(bounds, objective, integer_searches);
    search_next = false;
    // Near the end the remaining mass is so small that rounding blurs the faces; what is left
    // (under a millionth) is spread over the panels found, in proportion.
    if (!panel && m < leftover_mass) break;
    if (!panel) {
      // A face without a panel, reached through moved panels: go back to the latest step whose
      // panel was moved there and take that step with the linear program instead (cheaper than
      // walking again from the start without moves, which the caller does when this fails).
      // Every step after it is undone too, latest first, so that the weights are those of the
      // walk as it stood before that step.
      const bool any_repaired = std::any_of(recent.begin(), recent.end(), [](const Step& s) { return s.repaired; });
      if (!any_repaired || retakes_left-- == 0) return std::nullopt;
      bool undone_repaired = false;
      while (!undone_repaired) {
        const Step& back = recent.back();
        if (back.fresh) {
          weight.erase(back.panel);
        } else {
          weight[back.panel] -= back.mu;
        }
        r = back.r;
        m = back.m;
        undone_repaired = back.repaired;
        recent.pop_back();
      }
      search_next = true;
      continue;
    }
    // As much mass as keeps (r - mu c) / (m - mu) inside the relaxation.
    double mu = m;
    for (int t = 0; t < T; ++t) {
      const double c = (*panel)[t], n = types.size[t];
      if (c > 0) mu = std::min(mu, r[t] / c);
      if (c < n) mu = std::min(mu, (m * n - r[t]) / (n - c));
    }
    for (int q = 0; q < R; ++q) {
      double c = 0;
      for (int t : rows.types[q]) c += (*panel)[t];
      if (c > rows.lower[q]) mu = std::min(mu, (row_sum[q] - m * rows.lower[q]) / (c - rows.lower[q]));
      if (c < rows.upper[q]) mu = std::min(mu, (m * rows.upper[q] - row_sum[q]) / (rows.upper[q] - c));
    }
    if (mu <= 1e-13 && m < leftover_mass) break;
    if (mu <= 1e-13) return std::nullopt;  // no progress: the walk is stuck
    const bool fresh = weight.count(*panel) == 0;
    if (recent.size() == remembered_steps) recent.pop_front();
    recent.push_back({r, m, *panel, mu, repaired, fresh});
    weight[*panel] += mu;
    previous = *panel;
    m -= mu;
    for (int t = 0; t < T; ++t) {
      r[t] -= mu * (*panel)[t];
      if (r[t] < tolerance) r[t] = 0;
    }
  }
  if (m > leftover_mass) return std::nullopt;
  PanelDistribution distribution;
  double total = 0;
  for (const auto& [panel, w] : weight) total += w;
  for (const auto& [panel, w] : weight) {
    distribution.panels.push_back(panel);
    distribution.probability.push_back(w / total);
  }
  // The walk's arithmetic must still give every type its expectation.
  const auto probability = type_probabilities(types, distribution);
  for (int t = 0; t < T; ++t) {
    if (std::abs(probability[t] - seats[t] / types.size[t]) > 2 * leftover_mass) return std::nullopt;
  }
  return distribution;
}

}  // namespace mienskip
