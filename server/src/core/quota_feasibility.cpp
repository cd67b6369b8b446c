#include "core/quota_feasibility.hpp"

#include "core/error.hpp"

namespace mienskip {

std::vector<QuotaConflict> quota_sum_conflicts(const std::vector<QuotaCategory>& categories, int panel_size) {
  std::vector<QuotaConflict> conflicts;
  const std::string panel = "the panel of " + std::to_string(panel_size);
  for (const auto& category : categories) {
    int min_sum = 0, max_sum = 0;
    for (std::size_t v = 0; v < category.values.size(); ++v) {
      min_sum += category.min[v];
      max_sum += category.max[v];
    }
    if (min_sum > panel_size) {
      conflicts.push_back({"panel_size_outside_quotas", category.name,
                           "the minimums of '" + category.name + "' add up to " + std::to_string(min_sum) +
                               " seats, more than " + panel});
    } else if (max_sum < panel_size) {
      conflicts.push_back({"panel_size_outside_quotas", category.name,
                           "the maximums of '" + category.name + "' add up to " + std::to_string(max_sum) +
                               " seats, fewer than " + panel});
    }
  }
  return conflicts;
}

QuotaFeasibility quota_feasibility(const std::vector<QuotaCategory>& categories, int panel_size) {
  QuotaFeasibility result;
  result.conflicts = quota_sum_conflicts(categories, panel_size);
  return result;
}

QuotaFeasibility quota_feasibility(const Pool& pool, int panel_size) {
  QuotaFeasibility result;
  result.with_volunteers = true;
  result.conflicts = quota_sum_conflicts(pool.categories, panel_size);
  if (!result.conflicts.empty()) return result;
  const auto types = group_types(pool);
  try {
    const PanelSearch search(pool, types, panel_size);
    require_feasible(pool, types, panel_size, search);
  } catch (const Error& e) {
    result.conflicts.push_back({e.code(), "", e.what()});
    if (e.code() != "quota_infeasible") return result;
    // require_feasible names the relaxation only in its message; solve again for its parts (only
    // when the quotas are infeasible, and small next to the selection that would follow).
    try {
      result.relaxation = minimal_relaxation(pool, types, panel_size);
    } catch (const Error&) {
      // Not even the allowed flexibility helps: the message already says so.
    }
  }
  return result;
}

}  // namespace mienskip
