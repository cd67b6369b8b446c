#include "core/panel/panel_distribution.hpp"

namespace mienskip {

std::vector<double> type_probabilities(const VolunteerTypes& types, const PanelDistribution& distribution) {
  std::vector<double> probability(types.size.size(), 0.0);
  for (std::size_t p = 0; p < distribution.panels.size(); ++p) {
    for (std::size_t t = 0; t < probability.size(); ++t) {
      probability[t] += distribution.probability[p] * distribution.panels[p][t] / types.size[t];
    }
  }
  return probability;
}

}  // namespace mienskip
