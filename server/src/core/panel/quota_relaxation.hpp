#pragma once

#include <string>
#include <vector>

#include "core/panel/pool.hpp"
#include "core/panel/volunteer_types.hpp"

namespace mienskip {

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

}  // namespace mienskip
