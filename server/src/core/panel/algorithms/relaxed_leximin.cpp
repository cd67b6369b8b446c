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

// A step of the walk, remembered to take it again when the panel repair_panel moved led onto a
// face without a panel.
struct Step {
  std::vector<double> r;
  double m;
  PanelCounts panel;
  double mu;
  bool repaired, fresh;
};
constexpr std::size_t remembered_steps = 4;

// The walk so far: the remaining expectation r, carrying mass m (r / m always lies in the
// relaxation), the weights of the panels found, the panel of the latest step and the last few
// steps.
struct Walk {
  std::vector<double> r;
  double m;
  std::map<PanelCounts, double> weight;
  PanelCounts previous;
  std::deque<Step> recent;
};

// The face a step searches, with the rows' sums of r the step's mass is measured against.
struct Face {
  PanelBounds bounds;
  std::vector<double> objective;
  std::vector<double> row_sum;
};

// The smallest face holding r / m: every bound it meets stays met. Written over the previous
// step's face: a walk takes up to T + R steps, each a pass over all types and rows.
void find_smallest_face(const PanelRows& rows, const VolunteerTypes& types, const Walk& walk, double tolerance,
                        Face& face) {
  const int T = static_cast<int>(types.size.size());
  const int R = static_cast<int>(rows.types.size());
  const std::vector<double>& r = walk.r;
  const double m = walk.m;
  for (int t = 0; t < T; ++t) {
    const double n = types.size[t];
    face.bounds.type_lower[t] = r[t] >= m * n - tolerance ? n : 0.0;
    face.bounds.type_upper[t] = r[t] <= tolerance ? 0.0 : n;
    face.objective[t] = r[t] / (m * n);  // prefer the types with the most expectation left
  }
  for (int q = 0; q < R; ++q) {
    double sum = 0;
    for (int t : rows.types[q]) sum += r[t];
    face.row_sum[q] = sum;
    face.bounds.row_lower[q] = rows.lower[q];
    face.bounds.row_upper[q] = rows.upper[q];
    if (sum <= m * rows.lower[q] + tolerance) face.bounds.row_upper[q] = rows.lower[q];
    if (sum >= m * rows.upper[q] - tolerance) face.bounds.row_lower[q] = rows.upper[q];
  }
}

bool any_repaired(const std::deque<Step>& recent) {
  return std::any_of(recent.begin(), recent.end(), [](const Step& s) { return s.repaired; });
}

// Undoes the steps back to the latest one whose panel was moved, latest first, so that the
// weights are those of the walk as it stood before that step.
void undo_to_latest_repaired(Walk& walk) {
  bool undone_repaired = false;
  while (!undone_repaired) {
    const Step& back = walk.recent.back();
    if (back.fresh) {
      walk.weight.erase(back.panel);
    } else {
      walk.weight[back.panel] -= back.mu;
    }
    walk.r = back.r;
    walk.m = back.m;
    undone_repaired = back.repaired;
    walk.recent.pop_back();
  }
}

// As much mass as keeps (r - mu c) / (m - mu) inside the relaxation.
double largest_mass(const PanelRows& rows, const VolunteerTypes& types, const Walk& walk,
                    const std::vector<double>& row_sum, const PanelCounts& panel) {
  const int T = static_cast<int>(types.size.size());
  const int R = static_cast<int>(rows.types.size());
  const std::vector<double>& r = walk.r;
  const double m = walk.m;
  double mu = m;
  for (int t = 0; t < T; ++t) {
    const double c = panel[t], n = types.size[t];
    if (c > 0) mu = std::min(mu, r[t] / c);
    if (c < n) mu = std::min(mu, (m * n - r[t]) / (n - c));
  }
  for (int q = 0; q < R; ++q) {
    double c = 0;
    for (int t : rows.types[q]) c += panel[t];
    if (c > rows.lower[q]) mu = std::min(mu, (row_sum[q] - m * rows.lower[q]) / (c - rows.lower[q]));
    if (c < rows.upper[q]) mu = std::min(mu, (m * rows.upper[q] - row_sum[q]) / (rows.upper[q] - c));
  }
  return mu;
}

// Gives the panel mass mu, taken from r and m, and remembers the step.
void take_step(Walk& walk, const PanelCounts& panel, double mu, bool repaired, double tolerance) {
  const bool fresh = walk.weight.count(panel) == 0;
  if (walk.recent.size() == remembered_steps) walk.recent.pop_front();
  walk.recent.push_back({walk.r, walk.m, panel, mu, repaired, fresh});
  walk.weight[panel] += mu;
  walk.previous = panel;
  walk.m -= mu;
  for (std::size_t t = 0; t < walk.r.size(); ++t) {
    walk.r[t] -= mu * panel[t];
    if (walk.r[t] < tolerance) walk.r[t] = 0;
  }
}

// The panels found, each with its weight's share of the total: a leftover mass under a
// millionth is spread over them in proportion.
PanelDistribution in_proportion(const std::map<PanelCounts, double>& weight) {
  PanelDistribution distribution;
  double total = 0;
  for (const auto& [panel, w] : weight) total += w;
  for (const auto& [panel, w] : weight) {
    distribution.panels.push_back(panel);
    distribution.probability.push_back(w / total);
  }
  return distribution;
}

// The walk's arithmetic must still give every type its expectation.
bool gives_every_type_its_expectation(const VolunteerTypes& types, const PanelDistribution& distribution,
                                      const std::vector<double>& seats) {
  const auto probability = type_probabilities(types, distribution);
  for (std::size_t t = 0; t < types.size.size(); ++t) {
    if (std::abs(probability[t] - seats[t] / types.size[t]) > 2 * leftover_mass) return false;
  }
  return true;
}

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
  Walk walk{seats, 1.0, {}, {}, {}};
  Face face{{std::vector<double>(T), std::vector<double>(T), std::vector<double>(R), std::vector<double>(R)},
            std::vector<double>(T),
            std::vector<double>(R)};
  int retakes_left = 8;
  bool search_next = false;  // the step being taken again: with the linear program this time
  const int max_steps = T + R + 10 + retakes_left * static_cast<int>(remembered_steps);
  for (int step = 0; step < max_steps && walk.m > 1e-12; ++step) {
    if (std::chrono::steady_clock::now() > deadline) return std::nullopt;
    const double tolerance = std::max(least_face_tolerance, face_tolerance * walk.m);
    find_smallest_face(rows, types, walk, tolerance, face);
    // The previous panel moved onto the smaller face when a few seats do it; the linear
    // program's search otherwise (and always at the first step).
    std::optional<PanelCounts> panel;
    if (repair && !walk.weight.empty() && !search_next) {
      panel = repair_panel(rows, face.bounds, walk.previous, face.objective);
    }
    const bool repaired = panel.has_value();
    if (!panel) panel = search.within(face.bounds, face.objective, integer_searches);
    search_next = false;
    // Near the end the remaining mass is so small that rounding blurs the faces; what is left
    // (under a millionth) is spread over the panels found, in proportion.
    if (!panel && walk.m < leftover_mass) break;
    if (!panel) {
      // A face without a panel, reached through moved panels: take the latest step whose panel
      // was moved there again, with the linear program instead (cheaper than walking again from
      // the start without moves, which the caller does when this fails).
      if (!any_repaired(walk.recent) || retakes_left-- == 0) return std::nullopt;
      undo_to_latest_repaired(walk);
      search_next = true;
      continue;
    }
    const double mu = largest_mass(rows, types, walk, face.row_sum, *panel);
    if (mu <= 1e-13 && walk.m < leftover_mass) break;
    if (mu <= 1e-13) return std::nullopt;  // no progress: the walk is stuck
    take_step(walk, *panel, mu, repaired, tolerance);
  }
  if (walk.m > leftover_mass) return std::nullopt;
  PanelDistribution distribution = in_proportion(walk.weight);
  if (!gives_every_type_its_expectation(types, distribution, seats)) return std::nullopt;
  return distribution;
}

}  // namespace mienskip
