#include "core/panel_lottery.hpp"

#include <coin/CbcModel.hpp>
#include <coin/CoinPackedMatrix.hpp>
#include <coin/CoinPackedVector.hpp>
#include <coin/OsiClpSolverInterface.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/deterministic_random.hpp"
#include "core/error.hpp"

namespace mienskip {

TicketLottery round_to_tickets(const VolunteerTypes& types, const PanelDistribution& distribution,
                               const std::vector<int>& never_selectable, int tickets) {
  // Canonical panel order, so that ticket numbers mean the same panel for everyone.
  std::vector<std::size_t> order(distribution.panels.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return distribution.panels[a] > distribution.panels[b]; });

  const int P = static_cast<int>(order.size());
  const int T = static_cast<int>(types.size.size());
  // Variables: ticket count per panel (integer, floor or ceil of its share), then z, the smallest
  // realised probability over selectable types. Maximise z.
  std::vector<double> lower(P + 1), upper(P + 1), objective(P + 1, 0.0);
  for (int p = 0; p < P; ++p) {
    const double share = distribution.probability[order[p]] * tickets;
    lower[p] = std::floor(share + 1e-9);
    upper[p] = std::ceil(share - 1e-9);
    if (upper[p] < lower[p]) upper[p] = lower[p];
  }
  lower[P] = 0;
  upper[P] = 1;
  objective[P] = 1;
  CoinPackedMatrix matrix(false, 0, 0);
  matrix.setDimensions(0, P + 1);
  std::vector<double> row_lower, row_upper;
  CoinPackedVector sum;
  for (int p = 0; p < P; ++p) sum.insert(p, 1.0);
  matrix.appendRow(sum);
  row_lower.push_back(tickets);
  row_upper.push_back(tickets);
  for (int t = 0; t < T; ++t) {
    if (std::find(never_selectable.begin(), never_selectable.end(), t) != never_selectable.end()) continue;
    CoinPackedVector row;
    for (int p = 0; p < P; ++p) {
      const int members = distribution.panels[order[p]][t];
      if (members > 0) row.insert(p, static_cast<double>(members) / types.size[t] / tickets);
    }
    row.insert(P, -1.0);
    matrix.appendRow(row);
    row_lower.push_back(0);
    row_upper.push_back(COIN_DBL_MAX);
  }
  OsiClpSolverInterface solver;
  solver.messageHandler()->setLogLevel(0);
  solver.getModelPtr()->setLogLevel(0);
  solver.loadProblem(matrix, lower.data(), upper.data(), objective.data(), row_lower.data(), row_upper.data());
  for (int p = 0; p < P; ++p) solver.setInteger(p);
  solver.setObjSense(-1.0);
  // Start from largest-remainder rounding (always valid), and let the search improve the smallest
  // probability for a bounded time: with many panels proving optimality can take very long, and
  // any valid rounding is a fair lottery; the realised minimum is reported either way.
  std::vector<double> start(P + 1, 0.0);
  int assigned = 0;
  std::vector<std::pair<double, int>> remainders;
  for (int p = 0; p < P; ++p) {
    start[p] = lower[p];
    assigned += static_cast<int>(lower[p]);
    remainders.push_back({distribution.probability[order[p]] * tickets - lower[p], p});
  }
  std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; assigned < tickets && i < remainders.size(); ++i) {
    const int p = remainders[i].second;
    if (start[p] < upper[p]) {
      start[p] += 1;
      ++assigned;
    }
  }
  double smallest = 1;
  for (int r = 1; r < matrix.getNumRows(); ++r) {
    const CoinShallowPackedVector row = matrix.getVector(r);
    double value = 0;
    for (int e = 0; e < row.getNumElements(); ++e) {
      if (row.getIndices()[e] < P) value += row.getElements()[e] * start[row.getIndices()[e]];
    }
    smallest = std::min(smallest, value);
  }
  start[P] = smallest;

  CbcModel model(solver);
  model.setLogLevel(0);
  model.messageHandler()->setLogLevel(0);
  model.solver()->messageHandler()->setLogLevel(0);
  if (assigned == tickets) model.setBestSolution(start.data(), P + 1, -smallest, true);
  model.setMaximumSeconds(2.0);
  model.setMaximumNodes(50000);
  model.branchAndBound();
  if (!model.bestSolution()) {
    throw Error("solver_failed", "the distribution could not be rounded to a ticket lottery");
  }
  TicketLottery lottery;
  lottery.tickets = tickets;
  int next = 0;
  PanelDistribution rounded;
  for (int p = 0; p < P; ++p) {
    const int count = static_cast<int>(std::lround(model.bestSolution()[p]));
    if (count == 0) continue;
    lottery.panels.push_back(distribution.panels[order[p]]);
    lottery.count.push_back(count);
    lottery.first.push_back(next);
    next += count;
    rounded.panels.push_back(distribution.panels[order[p]]);
    rounded.probability.push_back(static_cast<double>(count) / tickets);
  }
  if (next != tickets) throw Error("solver_failed", "the ticket lottery does not add up");
  lottery.type_probability = type_probabilities(types, rounded);
  return lottery;
}

int ticket_for_seed(const std::string& seed, int tickets) {
  DeterministicRandom random(std::string("mienskip-panel-lottery") + '\0' + seed);
  return static_cast<int>(random.below(static_cast<std::uint64_t>(tickets)));
}

std::vector<std::size_t> panel_for_ticket(const Pool& pool, const VolunteerTypes& types, const TicketLottery& lottery,
                                          int number) {
  if (number < 0 || number >= lottery.tickets) {
    throw Error("invalid_lottery_number", "the lottery number must be from 0 to " + std::to_string(lottery.tickets - 1));
  }
  std::size_t p = 0;
  while (p + 1 < lottery.panels.size() && number >= lottery.first[p + 1]) ++p;
  const PanelCounts& panel = lottery.panels[p];
  std::vector<std::vector<std::size_t>> members(types.size.size());
  for (std::size_t i = 0; i < pool.ids.size(); ++i) members[types.type_of[i]].push_back(i);
  DeterministicRandom random(std::string("mienskip-panel-members") + '\0' + pool.input_sha256 + '\0' +
                             std::to_string(number));
  std::vector<std::size_t> chosen;
  for (std::size_t t = 0; t < panel.size(); ++t) {
    if (panel[t] == 0) continue;
    for (auto index : random.choose(members[t].size(), static_cast<std::size_t>(panel[t]))) {
      chosen.push_back(members[t][index]);
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

ProbabilitySummary summarise_probabilities(const std::vector<double>& probabilities) {
  ProbabilitySummary s;
  if (probabilities.empty()) return s;
  std::vector<double> sorted = probabilities;
  std::sort(sorted.begin(), sorted.end());
  const double n = static_cast<double>(sorted.size());
  s.min = sorted.front();
  s.max = sorted.back();
  const double total = std::accumulate(sorted.begin(), sorted.end(), 0.0);
  s.mean = total / n;
  // Gini = sum_i (2i - n - 1) x_(i) / (n * sum x), with i = 1..n over sorted values.
  double weighted = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i) weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
  s.gini = total > 0 ? weighted / (n * total) : 0;
  double logs = 0;
  for (double p : sorted) logs += std::log(std::max(p, 0.0));
  s.geometric_mean = s.min > 0 ? std::exp(logs / n) : 0;
  return s;
}

}  // namespace mienskip
