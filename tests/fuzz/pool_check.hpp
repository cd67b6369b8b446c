#pragma once

#include "core/panel/pool.hpp"
#include "support.hpp"

namespace mienskip::fuzz {

/// What both pool formats promise once read: quotas that make sense and one valid value index per
/// volunteer and category, which the selection uses without checking again.
inline void check_pool(const Pool& pool) {
  require(!pool.categories.empty() && !pool.ids.empty() && pool.values.size() == pool.ids.size());
  require(pool.household.empty() || pool.household.size() == pool.ids.size());
  require(pool.input_sha256.size() == 64);
  for (const auto& category : pool.categories) {
    const auto values = category.values.size();
    require(values > 0 && category.min.size() == values && category.max.size() == values &&
            category.min_flex.size() == values && category.max_flex.size() == values);
    for (std::size_t v = 0; v < values; ++v) {
      require(0 <= category.min[v] && category.min[v] <= category.max[v]);
      require(0 <= category.min_flex[v] && category.min_flex[v] <= category.min[v]);
    }
  }
  for (const auto& values : pool.values) {
    require(values.size() == pool.categories.size());
    for (std::size_t c = 0; c < values.size(); ++c) {
      require(values[c] >= 0 && static_cast<std::size_t>(values[c]) < pool.categories[c].values.size());
    }
  }
}

/// The pool readers' documented refusals: the CSV reader's and their own.
inline bool is_pool_refusal(const std::string& code) {
  return code == "csv_malformed" || code == "invalid_quota" || code == "unknown_value" || code == "empty_pool" ||
         code == "duplicate_id";
}

}  // namespace mienskip::fuzz
