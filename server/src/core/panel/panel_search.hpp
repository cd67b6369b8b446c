#pragma once

#include <memory>
#include <optional>
#include <string>
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

/// Finds quota-satisfying panels with COIN-OR CBC: the integer program has one variable per type
/// (how many of its volunteers sit on the panel), the panel size, the quotas and household rules.
class PanelSearch {
 public:
  PanelSearch(const Pool& pool, const VolunteerTypes& types, int k);
  ~PanelSearch();

  const PanelRows& rows() const;

  /// A panel within narrower bounds, good for the objective: the linear relaxation's optimal
  /// vertex when it is whole; otherwise that vertex rounded to whole counts and moved onto the
  /// bounds a seat at a time (repair_panel), and when that gets stuck, found by rounding the
  /// relaxation depth first; when that runs out of re-solves, the first panel a short CBC
  /// search finds (counted in `integer_searches`). nullopt when none is found.
  std::optional<PanelCounts> within(const PanelBounds& bounds, const std::vector<double>& objective,
                                    int& integer_searches) const;

  /// Any panel that meets the quotas, or nullopt when none does: first by rounding the linear
  /// relaxation (within() over the quotas themselves, usually a few milliseconds), and only when
  /// that finds none by the proven search of best() (CBC, which can take a second on a pool of
  /// 1,000 even without an objective).
  std::optional<PanelCounts> any() const;

  /// The panel maximising the sum of objective[type] * (members of that type), solved to
  /// optimality; nullopt when no panel meets the quotas.
  std::optional<PanelCounts> best(const std::vector<double>& objective) const;

  /// The optimal panel first, followed by other good panels the search came across (at most
  /// `limit` in all, distinct); empty when no panel meets the quotas.
  std::vector<PanelCounts> best_several(const std::vector<double>& objective, int limit) const;

  /// A panel with at least one volunteer of the given type, good for the objective as far as a
  /// short search finds (not necessarily optimal); nullopt when no panel includes that type.
  std::optional<PanelCounts> including(int type, const std::vector<double>& objective) const;

 private:
  struct Model;
  std::unique_ptr<Model> model_;
};

/// A change to one quota.
struct QuotaRelaxation {
  std::string category;
  std::string value;
  std::string bound;  // "min" or "max"
  int from = 0;
  int to = 0;
  std::string describe() const;  // "Gender: Male max 11 -> 12"
};

/// The smallest total change to the quotas (within min_flex/max_flex where given) after which a
/// panel of size k exists. Throws Error `quota_infeasible` when even the flexible quotas allow none.
std::vector<QuotaRelaxation> minimal_relaxation(const Pool& pool, const VolunteerTypes& types, int k);

/// Refuses a panel size that the quotas cannot add up to (code `panel_size_outside_quotas`,
/// naming the category) and, when no panel meets the quotas, explains which change would make
/// one possible (code `quota_infeasible`). Returns normally when panels exist.
void require_feasible(const Pool& pool, const VolunteerTypes& types, int k, const PanelSearch& search);

}  // namespace mienskip
