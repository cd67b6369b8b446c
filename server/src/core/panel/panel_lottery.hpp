#pragma once

#include <string>
#include <vector>

#include "core/panel/algorithms/leximin.hpp"

namespace mienskip {

/// The fair distribution rounded to a lottery of equally likely tickets (1,000 by default), so a
/// public draw of a number 000-999 picks the panel.
struct TicketLottery {
  int tickets = 1000;
  std::vector<PanelCounts> panels;   // in canonical order; panel p holds tickets [first[p], first[p] + count[p])
  std::vector<int> count;
  std::vector<int> first;
  std::vector<double> type_probability;  // realised after rounding
};

/// Rounds each panel's probability x tickets down or up (never further) so that the counts add up
/// to `tickets`: largest remainder first, then single-ticket exchanges between panels while they
/// raise the smallest realised probability of a selectable type. Deterministic, so that anyone
/// re-running it from the same distribution gets the same lottery.
TicketLottery round_to_tickets(const VolunteerTypes& types, const PanelDistribution& distribution,
                               const std::vector<int>& never_selectable, int tickets = 1000);

/// The ticket number a seed stands for: the first 8 bytes of
/// SHA-256("mienskip-panel-lottery" 0x00 seed), big-endian, below `tickets` by rejection
/// (DeterministicRandom), so that the same seed always draws the same number.
int ticket_for_seed(const std::string& seed, int tickets = 1000);

/// The volunteers (indices into the pool) on the panel that ticket `number` draws. Within a type
/// that has more volunteers than seats, the members are chosen with DeterministicRandom keyed by
/// "mienskip-panel-members" 0x00 input hash 0x00 number, so the public number and the published
/// inputs determine the panel completely.
std::vector<std::size_t> panel_for_ticket(const Pool& pool, const VolunteerTypes& types, const TicketLottery& lottery,
                                          int number);

/// Summary figures of a probability allocation over volunteers.
struct ProbabilitySummary {
  double min = 0, max = 0, mean = 0, gini = 0, geometric_mean = 0;
};
ProbabilitySummary summarise_probabilities(const std::vector<double>& probabilities);

}  // namespace mienskip
