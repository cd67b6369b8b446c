#pragma once

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/base/field_error.hpp"
#include "core/panel/pool.hpp"

namespace mienskip {

/// A burgerforum as staff set it up, before the register or any volunteer: its name, the size of
/// the panel and the quota categories the lottery must meet (the same QuotaCategory the
/// `mienskip select` pool carries; without min_flex/max_flex a quota may be relaxed freely).
struct ForumSettings {
  std::string slug;  // the forum's short name in addresses: lower-case letters, digits and dashes
  std::string name;
  std::string municipality;
  int panel_size = 0;
  std::vector<QuotaCategory> categories;
};

/// Limits a form can say in advance: larger panels are beyond what the lottery is meant for.
constexpr int max_panel_size = 1000;

/// A request checked field by field: the value when every field is right, otherwise every problem.
template <typename T>
struct Checked {
  std::optional<T> value;
  std::vector<FieldError> errors;
};

/// Reads {"slug", "name", "municipality", "panel_size", "categories"} (all required, nothing else).
Checked<ForumSettings> check_forum_settings(const nlohmann::json& body);

/// Reads quota categories, [{"name", "values": [{"value", "min", "max"}]}], reporting problems
/// under `field` (e.g. `categories[0].values[1].min`): names present, trimmed, without control
/// characters and at most 100 characters; a category name and a value within its category once;
/// seats whole numbers from 0 to max_panel_size with min at most max; 1 to 20 categories of 1 to
/// 50 values. Whether a panel can meet them is a separate question (quota_feasibility).
Checked<std::vector<QuotaCategory>> check_quota_categories(const nlohmann::json& categories,
                                                           const std::string& field = "categories");

/// A panel size from 1 to max_panel_size, reported under `field`.
Checked<int> check_panel_size(const nlohmann::json& value, const std::string& field = "panel_size");

/// Quota categories in the form check_quota_categories reads.
nlohmann::json quota_categories_json(const std::vector<QuotaCategory>& categories);

}  // namespace mienskip
