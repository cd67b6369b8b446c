#pragma once

#include <vector>

#include "core/panel/pool.hpp"

namespace mienskip {

/// Volunteers grouped into types: volunteers with the same value in every category are
/// interchangeable for the quotas, so the lottery can treat them as one type and give them the
/// same probability. Household rules break that symmetry for volunteers who share a household,
/// so each of them is a type of their own.
struct VolunteerTypes {
  std::vector<std::vector<int>> values;  // [type][category]
  std::vector<int> size;                 // volunteers of each type
  std::vector<int> type_of;              // [volunteer]
  std::vector<int> household;            // [type] shared household number or -1; empty without households
};

VolunteerTypes group_types(const Pool& pool);

/// A panel as the number of volunteers of each type on it.
using PanelCounts = std::vector<int>;

/// Whether a panel meets every quota, has k members, and at most one per household.
bool meets_quotas(const Pool& pool, const VolunteerTypes& types, int k, const PanelCounts& panel);

/// The rules a panel meets, as rows over the type counts with all coefficients 1: row 0 is the
/// panel size, then one row per quota (category value), then one per shared household (at most 1).
struct PanelRows {
  std::vector<std::vector<int>> types;  // the types each row counts
  std::vector<double> lower, upper;
};

PanelRows make_panel_rows(const Pool& pool, const VolunteerTypes& types, int k);

/// Narrower bounds than the quotas: per type count and per row of PanelRows.
struct PanelBounds {
  std::vector<double> type_lower, type_upper, row_lower, row_upper;
};

}  // namespace mienskip
