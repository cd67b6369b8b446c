#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include "core/panel/panel_distribution.hpp"
#include "core/panel/panel_search.hpp"

namespace mienskip {

/// LEXIMIN over the linear relaxation of the quotas: expected seats per type, each between 0 and
/// the type's volunteers, meeting every quota row in expectation. Every lottery over real panels
/// gives expected seats inside this relaxation, so its LEXIMIN is an upper bound; when it can be
/// written as a lottery over real panels (decompose_into_panels), that lottery is LEXIMIN-optimal.
/// A sequence of small linear programs (one per probability level), with no integer search.
struct RelaxedLeximin {
  std::vector<double> seats;  // expected seats per type
  double minimum = 0;         // the first stage: the highest possible smallest probability
  int stages = 0;
};
std::optional<RelaxedLeximin> leximin_over_relaxation(const PanelRows& rows, const VolunteerTypes& types);

/// Writes the expected seats as a lottery over quota-satisfying panels, or nullopt when this
/// method cannot. A walk through the faces of the relaxation: take a panel on the smallest face
/// that holds the remaining expectation, give it as much probability as keeps the rest inside the
/// relaxation (the rest then lies on a smaller face), and repeat; at most one step per dimension.
/// Each panel is the relaxation's vertex when that is whole, otherwise found by rounding it
/// (PanelSearch::within); with `repair`, first by moving the previous step's panel onto the face
/// (repair_panel), which is much quicker but can lead the walk onto a face without a panel: then
/// the latest of the last four steps whose panel was moved is taken again with the search (at
/// most eight times). The walk can get stuck where the relaxation has fractional corners, and
/// gives up at the deadline; the caller then walks again without repair, and then uses column
/// generation. Each type's probability
/// matches `seats` to within 2e-6.
std::optional<PanelDistribution> decompose_into_panels(const PanelSearch& search, const VolunteerTypes& types,
                                                       const std::vector<double>& seats,
                                                       std::chrono::steady_clock::time_point deadline,
                                                       int& integer_searches, bool repair);

}  // namespace mienskip
