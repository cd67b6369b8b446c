#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/panel/panel_distribution.hpp"
#include "core/panel/panel_search.hpp"
#include "core/panel/pool.hpp"

namespace mienskip {

enum class SelectionAlgorithm { leximin, maximin };

struct FairSelection {
  SelectionAlgorithm algorithm = SelectionAlgorithm::leximin;
  PanelDistribution distribution;
  std::vector<double> type_probability;  // selection probability of each volunteer of a type
  std::vector<int> never_selectable;     // types in no quota-satisfying panel (probability 0)
  bool optimal = true;                   // false when the time limit cut the search short
  double minimum_upper_bound = 1;        // no distribution gives the least selectable type more
  std::string method;                    // "relaxation" or "column generation"
  int stages = 0;
  int panels_generated = 0;
  int pricing_calls = 0;
};

/// The most equal selection probabilities the quotas allow (Flanigan et al., Nature 2021).
///
/// LEXIMIN maximises the smallest probability, then the next smallest, and so on; MAXIMIN only the
/// smallest. LEXIMIN first takes the LEXIMIN of the quotas' linear relaxation (an upper bound) and
/// tries to write it as a lottery over real panels (core/panel/algorithms/relaxed_leximin); when that succeeds it is
/// optimal. Otherwise, and for MAXIMIN, select_by_column_generation. Requires that a panel exists
/// (see require_feasible).
FairSelection select_fairly(const VolunteerTypes& types, int k, const PanelSearch& search,
                            SelectionAlgorithm algorithm, std::chrono::milliseconds time_limit);

/// The same by column generation alone: a linear program over the panels found so far (COIN-OR
/// CLP, warm-started as panels are added) and an integer program (CBC, via PanelSearch) that finds
/// the panel most worth adding, until none improves. When `time_limit` passes, the probabilities
/// reached so far are kept (still a valid lottery, `optimal` false, `minimum_upper_bound` proven).
FairSelection select_by_column_generation(const VolunteerTypes& types, int k, const PanelSearch& search,
                                          SelectionAlgorithm algorithm, std::chrono::milliseconds time_limit);

/// The distribution that gives each type at least `target` probability as closely as possible
/// (minimising the largest shortfall), over the given panels. Returns it with the probabilities
/// it actually gives.
PanelDistribution distribution_meeting(const VolunteerTypes& types, const std::vector<PanelCounts>& panels,
                                       const std::vector<double>& target);

}  // namespace mienskip
