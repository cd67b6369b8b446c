#pragma once

#include <string>
#include <vector>

#include "core/base/error.hpp"

#include "core/panel/panel_search.hpp"
#include "core/panel/pool.hpp"
#include "core/panel/quota_relaxation.hpp"

namespace mienskip {

/// One reason why no panel can meet the quotas, as the lottery itself would refuse them.
/// `params` hold what a client needs to word the conflict itself: panel_size_outside_quotas
/// {bound: min|max, seats, panel_size}; invalid_panel_size {panel_size[, volunteers]};
/// quota_infeasible {panel_size}. `message` says it in English.
struct QuotaConflict {
  std::string code;      // panel_size_outside_quotas, invalid_panel_size, quota_infeasible
  std::string category;  // the category concerned; empty when the quotas as a whole are meant
  std::string message;
  ErrorParams params = {};
};

/// Whether a panel of the given size can meet the quotas, for showing next to the quotas while
/// staff edit them. Without volunteers only the numbers can be checked; with the pool the answer
/// is the one `mienskip select` would give, including the smallest relaxation that helps.
struct QuotaFeasibility {
  bool with_volunteers = false;
  std::vector<QuotaConflict> conflicts;     // empty: possible (as far as could be checked)
  std::vector<QuotaRelaxation> relaxation;  // with volunteers: the smallest change that makes a panel possible
  bool feasible() const { return conflicts.empty(); }
};

/// Each category's seats against the panel size: its minimums must not add up to more than the
/// panel, its maximums not to fewer (code `panel_size_outside_quotas`). require_feasible refuses
/// a selection with the first of these.
std::vector<QuotaConflict> quota_sum_conflicts(const std::vector<QuotaCategory>& categories, int panel_size);

/// The check before any volunteer has registered: quota_sum_conflicts.
QuotaFeasibility quota_feasibility(const std::vector<QuotaCategory>& categories, int panel_size);

/// The check against the volunteers, the one `mienskip select` makes (require_feasible throws its
/// first conflict): a panel no larger than the pool, quota_sum_conflicts, then whether a panel
/// meets every quota with these volunteers and, when none does, minimal_relaxation's changes
/// (e.g. `Gender: Male max 11 -> 12`), solved once.
QuotaFeasibility quota_feasibility(const Pool& pool, const VolunteerTypes& types, int panel_size,
                                   const PanelSearch& search);
/// The same, grouping the volunteers and building the search itself.
QuotaFeasibility quota_feasibility(const Pool& pool, int panel_size);

/// Refuses a panel size that the quotas cannot add up to (code `panel_size_outside_quotas`,
/// naming the category) and, when no panel meets the quotas, explains which change would make
/// one possible (code `quota_infeasible`). Returns normally when panels exist.
void require_feasible(const Pool& pool, const VolunteerTypes& types, int k, const PanelSearch& search);

}  // namespace mienskip
