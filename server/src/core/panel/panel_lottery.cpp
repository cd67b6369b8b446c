#include "core/panel/panel_lottery.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/crypto/deterministic_random.hpp"
#include "core/base/error.hpp"

namespace mienskip {

namespace {

// Canonical panel order, so that ticket numbers mean the same panel for everyone.
std::vector<std::size_t> canonical_order(const PanelDistribution& distribution) {
  std::vector<std::size_t> order(distribution.panels.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return distribution.panels[a] > distribution.panels[b]; });
  return order;
}

// Tickets per panel (in canonical order), and its share rounded down, which an exchange may
// take it back to but not below.
struct TicketCounts {
  std::vector<int> count, floor_count;
};

// Largest remainder: every panel gets its share of the tickets rounded down, the tickets left go
// to the largest remainders (ties to the panel that sorts first).
TicketCounts largest_remainder(const PanelDistribution& distribution, const std::vector<std::size_t>& order,
                               int tickets) {
  const std::size_t P = order.size();
  TicketCounts counts{std::vector<int>(P), std::vector<int>(P)};
  std::vector<std::pair<double, std::size_t>> remainders;
  int assigned = 0;
  for (std::size_t p = 0; p < P; ++p) {
    const double share = distribution.probability[order[p]] * tickets;
    counts.floor_count[p] = counts.count[p] = static_cast<int>(std::floor(share + 1e-9));
    assigned += counts.count[p];
    remainders.push_back({share - counts.count[p], p});
  }
  std::stable_sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; assigned < tickets; i = (i + 1) % P, ++assigned) ++counts.count[remainders[i].second];
  return counts;
}

// Each type's probability under these ticket counts.
std::vector<double> probabilities(const VolunteerTypes& types, const PanelDistribution& distribution,
                                  const std::vector<std::size_t>& order, const std::vector<int>& count, int tickets) {
  const std::size_t T = types.size.size();
  std::vector<double> q(T, 0.0);
  for (std::size_t p = 0; p < order.size(); ++p) {
    for (std::size_t t = 0; t < T; ++t) q[t] += static_cast<double>(count[p]) * distribution.panels[order[p]][t] / types.size[t];
  }
  for (auto& x : q) x /= tickets;
  return q;
}

// share[p][t]: what one ticket of panel p adds to type t's probability.
std::vector<std::vector<double>> ticket_shares(const VolunteerTypes& types, const PanelDistribution& distribution,
                                               const std::vector<std::size_t>& order, int tickets) {
  const std::size_t T = types.size.size();
  std::vector<std::vector<double>> share(order.size(), std::vector<double>(T));
  for (std::size_t p = 0; p < order.size(); ++p) {
    for (std::size_t t = 0; t < T; ++t) share[p][t] = static_cast<double>(distribution.panels[order[p]][t]) / types.size[t] / tickets;
  }
  return share;
}

// Then exchanges: move one ticket from a panel rounded up to one rounded down while that raises
// the smallest probability of a selectable type (and lowers how many types share it). Every step
// is deterministic, so anyone re-running it gets the same lottery.
std::vector<int> exchange_tickets(const VolunteerTypes& types, const PanelDistribution& distribution,
                                  const std::vector<std::size_t>& order, const std::vector<bool>& selectable,
                                  TicketCounts counts, int tickets) {
  const std::size_t P = order.size();
  const std::size_t T = types.size.size();
  std::vector<int>& count = counts.count;
  const std::vector<int>& floor_count = counts.floor_count;
  // The smallest probability of a selectable type, and how many types share it (negated, so that
  // a larger score is better in both). A lambda, inlined in the exchanges' innermost loop.
  auto score = [&](const std::vector<double>& q) {
    double smallest = 2;
    int at_smallest = 0;
    for (std::size_t t = 0; t < T; ++t) {
      if (!selectable[t]) continue;
      if (q[t] < smallest - 1e-12) {
        smallest = q[t];
        at_smallest = 1;
      } else if (q[t] <= smallest + 1e-12) {
        ++at_smallest;
      }
    }
    return std::make_pair(smallest, -at_smallest);
  };
  const std::vector<std::vector<double>> share = ticket_shares(types, distribution, order, tickets);
  std::vector<double> q = probabilities(types, distribution, order, count, tickets);
  auto current = score(q);
  std::vector<double> trial(T);
  for (int step = 0; step < tickets; ++step) {
    // Only an exchange towards a panel with more of a least-likely type can raise the minimum.
    std::size_t weakest = T;
    for (std::size_t t = 0; t < T; ++t) {
      if (selectable[t] && (weakest == T || q[t] < q[weakest])) weakest = t;
    }
    if (weakest == T) break;
    bool improved = false;
    for (std::size_t to = 0; to < P && !improved; ++to) {
      if (count[to] > floor_count[to] || share[to][weakest] == 0) continue;
      for (std::size_t from = 0; from < P && !improved; ++from) {
        if (from == to || count[from] <= floor_count[from] || share[from][weakest] >= share[to][weakest]) continue;
        for (std::size_t t = 0; t < T; ++t) trial[t] = q[t] - share[from][t] + share[to][t];
        const auto candidate = score(trial);
        if (candidate.first > current.first + 1e-12 ||
            (candidate.first > current.first - 1e-12 && candidate.second > current.second)) {
          --count[from];
          ++count[to];
          q = trial;
          current = candidate;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return std::move(counts.count);
}

// The panels that kept tickets, each with its consecutive ticket numbers, and the probabilities
// they give every type.
TicketLottery lottery_of(const VolunteerTypes& types, const PanelDistribution& distribution,
                         const std::vector<std::size_t>& order, const std::vector<int>& count, int tickets) {
  TicketLottery lottery;
  lottery.tickets = tickets;
  int next = 0;
  PanelDistribution rounded;
  for (std::size_t p = 0; p < order.size(); ++p) {
    if (count[p] == 0) continue;
    lottery.panels.push_back(distribution.panels[order[p]]);
    lottery.count.push_back(count[p]);
    lottery.first.push_back(next);
    next += count[p];
    rounded.panels.push_back(distribution.panels[order[p]]);
    rounded.probability.push_back(static_cast<double>(count[p]) / tickets);
  }
  if (next != tickets) throw Error(error_codes::solver_failed, "the ticket lottery does not add up");
  lottery.type_probability = type_probabilities(types, rounded);
  return lottery;
}

}  // namespace

TicketLottery round_to_tickets(const VolunteerTypes& types, const PanelDistribution& distribution,
                               const std::vector<int>& never_selectable, int tickets) {
  const std::vector<std::size_t> order = canonical_order(distribution);
  std::vector<bool> selectable(types.size.size(), true);
  for (int t : never_selectable) selectable[t] = false;
  TicketCounts rounded = largest_remainder(distribution, order, tickets);
  const std::vector<int> count = exchange_tickets(types, distribution, order, selectable, std::move(rounded), tickets);
  return lottery_of(types, distribution, order, count, tickets);
}

int ticket_for_seed(const std::string& seed, int tickets) {
  DeterministicRandom random(std::string("mienskip-panel-lottery") + '\0' + seed);
  return static_cast<int>(random.below(static_cast<std::uint64_t>(tickets)));
}

std::vector<std::size_t> panel_for_ticket(const Pool& pool, const VolunteerTypes& types, const TicketLottery& lottery,
                                          int number) {
  if (number < 0 || number >= lottery.tickets) {
    throw Error(error_codes::invalid_lottery_number, "the lottery number must be from 0 to " + std::to_string(lottery.tickets - 1));
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
