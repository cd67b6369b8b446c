#pragma once

#include <vector>

#include "core/panel/volunteer_types.hpp"

namespace mienskip {

/// A lottery over panels: panel p is drawn with probability `probability[p]`.
struct PanelDistribution {
  std::vector<PanelCounts> panels;
  std::vector<double> probability;
};

/// Each type's selection probability under a distribution.
std::vector<double> type_probabilities(const VolunteerTypes& types, const PanelDistribution& distribution);

}  // namespace mienskip
