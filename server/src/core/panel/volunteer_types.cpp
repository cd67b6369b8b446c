#include "core/panel/volunteer_types.hpp"

#include <algorithm>
#include <map>

namespace mienskip {

VolunteerTypes group_types(const Pool& pool) {
  VolunteerTypes types;
  // Volunteers who share a household are kept apart (the rule "one per household" concerns them
  // individually); everyone else is grouped by their values.
  std::map<int, int> household_size;
  for (int h : pool.household) ++household_size[h];
  std::map<std::pair<std::vector<int>, int>, int> index;
  for (std::size_t i = 0; i < pool.ids.size(); ++i) {
    const int household = pool.household.empty() ? -1 : pool.household[i];
    const bool shared = household >= 0 && household_size[household] > 1;
    const auto key = shared ? std::make_pair(std::vector<int>{static_cast<int>(i)}, household)
                            : std::make_pair(pool.values[i], -1);
    auto [it, fresh] = index.emplace(key, static_cast<int>(types.size.size()));
    if (fresh) {
      types.values.push_back(pool.values[i]);
      types.size.push_back(0);
      if (!pool.household.empty()) types.household.push_back(shared ? household : -1);
    }
    const int type = it->second;
    types.size[type] += 1;
    types.type_of.push_back(type);
  }
  return types;
}

bool meets_quotas(const Pool& pool, const VolunteerTypes& types, int k, const PanelCounts& panel) {
  if (panel.size() != types.size.size()) return false;
  int total = 0;
  std::map<int, int> per_household;
  for (std::size_t t = 0; t < panel.size(); ++t) {
    if (panel[t] < 0 || panel[t] > types.size[t]) return false;
    total += panel[t];
    if (!types.household.empty() && types.household[t] >= 0 && panel[t] > 0 &&
        ++per_household[types.household[t]] > 1) {
      return false;
    }
  }
  if (total != k) return false;
  for (std::size_t c = 0; c < pool.categories.size(); ++c) {
    std::vector<int> seats(pool.categories[c].values.size(), 0);
    for (std::size_t t = 0; t < panel.size(); ++t) seats[types.values[t][c]] += panel[t];
    for (std::size_t v = 0; v < seats.size(); ++v) {
      if (seats[v] < pool.categories[c].min[v] || seats[v] > pool.categories[c].max[v]) return false;
    }
  }
  return true;
}

PanelRows make_panel_rows(const Pool& pool, const VolunteerTypes& types, int k) {
  const int T = static_cast<int>(types.size.size());
  PanelRows rows;
  auto add = [&](std::vector<int> members, double lower, double upper) {
    rows.types.push_back(std::move(members));
    rows.lower.push_back(lower);
    rows.upper.push_back(upper);
  };
  std::vector<int> all(T);
  for (int t = 0; t < T; ++t) all[t] = t;
  add(all, k, k);
  for (std::size_t c = 0; c < pool.categories.size(); ++c) {
    for (std::size_t v = 0; v < pool.categories[c].values.size(); ++v) {
      std::vector<int> members;
      for (int t = 0; t < T; ++t) {
        if (types.values[t][c] == static_cast<int>(v)) members.push_back(t);
      }
      add(members, pool.categories[c].min[v], pool.categories[c].max[v]);
    }
  }
  if (!types.household.empty()) {
    std::map<int, std::vector<int>> members;
    for (int t = 0; t < T; ++t) {
      if (types.household[t] >= 0) members[types.household[t]].push_back(t);
    }
    for (const auto& [household, list] : members) {
      if (list.size() >= 2) add(list, 0, 1);
    }
  }
  return rows;
}

}  // namespace mienskip
