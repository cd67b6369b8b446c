#include "core/panel/quota_feasibility.hpp"

#include "core/base/error.hpp"

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
      conflicts.push_back({error_codes::panel_size_outside_quotas, category.name,
                           "the minimums of '" + category.name + "' add up to " + std::to_string(min_sum) +
                               " seats, more than " + panel,
                           {{"bound", "min"}, {"seats", std::to_string(min_sum)}, {"panel_size", std::to_string(panel_size)}}});
    } else if (max_sum < panel_size) {
      conflicts.push_back({error_codes::panel_size_outside_quotas, category.name,
                           "the maximums of '" + category.name + "' add up to " + std::to_string(max_sum) +
                               " seats, fewer than " + panel,
                           {{"bound", "max"}, {"seats", std::to_string(max_sum)}, {"panel_size", std::to_string(panel_size)}}});
    }
  }
  return conflicts;
}

QuotaFeasibility quota_feasibility(const std::vector<QuotaCategory>& categories, int panel_size) {
  QuotaFeasibility result;
  result.conflicts = quota_sum_conflicts(categories, panel_size);
  return result;
}

QuotaFeasibility quota_feasibility(const Pool& pool, const VolunteerTypes& types, int panel_size,
                                   const PanelSearch& search) {
  QuotaFeasibility result;
  result.with_volunteers = true;
  const std::string k = std::to_string(panel_size);
  if (panel_size < 1) {
    result.conflicts.push_back({error_codes::invalid_panel_size, "", "the panel size must be at least 1", {{"panel_size", k}}});
    return result;
  }
  if (panel_size > static_cast<int>(pool.ids.size())) {
    const auto volunteers = std::to_string(pool.ids.size());
    result.conflicts.push_back({error_codes::invalid_panel_size, "",
                                "the panel size " + k + " is larger than the pool of " + volunteers + " volunteers",
                                {{"panel_size", k}, {"volunteers", volunteers}}});
    return result;
  }
  result.conflicts = quota_sum_conflicts(pool.categories, panel_size);
  if (!result.conflicts.empty()) return result;
  if (search.any()) return result;
  try {
    result.relaxation = minimal_relaxation(pool, types, panel_size);
  } catch (const Error& e) {
    // Not even the allowed flexibility helps; its message says so.
    result.conflicts.push_back({e.code(), "", e.what(), e.params()});
    return result;
  }
  std::string changes;
  for (const auto& change : result.relaxation) changes += (changes.empty() ? "" : "; ") + change.describe();
  result.conflicts.push_back({"quota_infeasible", "",
                              "no panel of " + k + " meets all quotas with these volunteers. The smallest change "
                              "that makes it possible: " + changes,
                              {{"panel_size", k}}});
  return result;
}

QuotaFeasibility quota_feasibility(const Pool& pool, int panel_size) {
  const auto types = group_types(pool);
  const PanelSearch search(pool, types, panel_size);
  return quota_feasibility(pool, types, panel_size, search);
}

void require_feasible(const Pool& pool, const VolunteerTypes& types, int k, const PanelSearch& search) {
  const auto verdict = quota_feasibility(pool, types, k, search);
  if (!verdict.feasible()) throw Error(verdict.conflicts.front().code, verdict.conflicts.front().message);
}

}  // namespace mienskip
