#pragma once

#include "core/panel/panel_search.hpp"

namespace mienskip::test {

// Whether a panel keeps every type's bounds and every quota's: what the panel search and the
// repair promise of each panel they return, checked by counting rather than trusted.
inline bool panel_within(const PanelRows& rows, const PanelBounds& bounds, const PanelCounts& panel) {
  for (std::size_t t = 0; t < panel.size(); ++t) {
    if (panel[t] < bounds.type_lower[t] || panel[t] > bounds.type_upper[t]) return false;
  }
  for (std::size_t q = 0; q < rows.types.size(); ++q) {
    int sum = 0;
    for (int t : rows.types[q]) sum += panel[t];
    if (sum < bounds.row_lower[q] || sum > bounds.row_upper[q]) return false;
  }
  return true;
}

}  // namespace mienskip::test
