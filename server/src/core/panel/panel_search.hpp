#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/panel/pool.hpp"
#include "core/panel/volunteer_types.hpp"

namespace mienskip {

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

}  // namespace mienskip
