#include "core/forum/forum_settings.hpp"

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "core/base/csv.hpp"
#include "core/base/text_field.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

using nlohmann::json;

constexpr std::size_t max_name_characters = 100;
constexpr std::size_t max_forum_name_characters = 200;
constexpr std::size_t max_categories = 20;
constexpr std::size_t max_values = 50;

void refuse_unknown_fields(const json& object, const std::set<std::string>& known, const std::string& prefix,
                           std::vector<FieldError>& errors) {
  for (const auto& [key, value] : object.items()) {
    if (!known.count(key)) {
      errors.push_back({prefix + key, "unknown_field", "'" + key + "' is not a setting of a burgerforum."});
    }
  }
}

std::optional<int> check_whole_number(const json& object, const std::string& key, const std::string& field,
                                      const std::string& what, int min, int max, std::vector<FieldError>& errors) {
  if (!object.contains(key)) {
    errors.push_back({field, "required", what + " is required."});
    return std::nullopt;
  }
  const json& value = object[key];
  if (!value.is_number_integer()) {
    errors.push_back({field, "not_whole_number", what + " must be a whole number, not " + value.dump() + "."});
    return std::nullopt;
  }
  // JSON parsers keep numbers of 0 and more as unsigned; one beyond long long is too large anyway.
  const bool huge = value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(max);
  const long long number = huge ? max + 1LL : value.get<long long>();
  if (number < min) {
    errors.push_back({field, "too_small", what + " must be at least " + std::to_string(min) + ", not " +
                                              std::to_string(number) + "."});
    return std::nullopt;
  }
  if (number > max) {
    errors.push_back({field, "too_large", what + " may be at most " + std::to_string(max) + ", not " + value.dump() + "."});
    return std::nullopt;
  }
  return static_cast<int>(number);
}

}  // namespace

Checked<int> check_panel_size(const json& value, const std::string& field) {
  Checked<int> checked;
  checked.value = check_whole_number(json{{"panel_size", value}}, "panel_size", field, "The panel size", 1,
                                     max_panel_size, checked.errors);
  return checked;
}

Checked<std::vector<QuotaCategory>> check_quota_categories(const json& categories, const std::string& field) {
  Checked<std::vector<QuotaCategory>> checked;
  auto& errors = checked.errors;
  if (!categories.is_array()) {
    errors.push_back({field, "not_list", "The quota categories must be a list."});
    return checked;
  }
  if (categories.empty()) {
    errors.push_back({field, "empty", "Give at least one quota category (for example gender or age)."});
    return checked;
  }
  if (categories.size() > max_categories) {
    errors.push_back({field, "too_many", "A forum has at most " + std::to_string(max_categories) + " quota categories."});
    return checked;
  }
  std::vector<QuotaCategory> result;
  std::set<std::string> names;
  for (std::size_t c = 0; c < categories.size(); ++c) {
    const std::string at = field + "[" + std::to_string(c) + "]";
    const json& item = categories[c];
    if (!item.is_object()) {
      errors.push_back({at, "not_object", "A quota category must be an object with a name and values."});
      continue;
    }
    refuse_unknown_fields(item, {"name", "values"}, at + ".", errors);
    const auto name = check_text(item, "name", at + ".name", "The category's name", max_name_characters, errors);
    if (name && !names.insert(*name).second) {
      errors.push_back({at + ".name", "duplicate_category", "The category '" + *name + "' appears twice."});
    }
    const std::string label = name ? *name : "Category " + std::to_string(c + 1);
    if (!item.contains("values") || !item["values"].is_array() || item["values"].empty()) {
      errors.push_back({at + ".values", "empty", label + ": give the category's values, each with its min and max seats."});
      continue;
    }
    const json& values = item["values"];
    if (values.size() > max_values) {
      errors.push_back({at + ".values", "too_many", label + ": at most " + std::to_string(max_values) + " values."});
      continue;
    }
    QuotaCategory category{label, {}, {}, {}, {}, {}};
    std::set<std::string> seen_values;
    for (std::size_t v = 0; v < values.size(); ++v) {
      const std::string value_at = at + ".values[" + std::to_string(v) + "]";
      if (!values[v].is_object()) {
        errors.push_back({value_at, "not_object", label + ": a value must be an object with value, min and max."});
        continue;
      }
      refuse_unknown_fields(values[v], {"value", "min", "max"}, value_at + ".", errors);
      const auto value = check_text(values[v], "value", value_at + ".value", label + ": the value", max_name_characters, errors);
      const std::string shown = value ? *value : "value " + std::to_string(v + 1);
      if (value && !seen_values.insert(*value).second) {
        errors.push_back({value_at + ".value", "duplicate_value", label + ": the value '" + *value + "' appears twice."});
      }
      const auto min = check_whole_number(values[v], "min", value_at + ".min", label + ": " + shown + " min", 0,
                                          max_panel_size, errors);
      const auto max = check_whole_number(values[v], "max", value_at + ".max", label + ": " + shown + " max", 0,
                                          max_panel_size, errors);
      if (min && max && *min > *max) {
        errors.push_back({value_at + ".min", "min_above_max", label + ": " + shown + " has min " + std::to_string(*min) +
                                                                   " above max " + std::to_string(*max) + "."});
      }
      if (value && min && max) {
        category.values.push_back(*value);
        category.min.push_back(*min);
        category.max.push_back(*max);
        category.min_flex.push_back(0);
        category.max_flex.push_back(-1);
      }
    }
    result.push_back(std::move(category));
  }
  if (errors.empty()) checked.value = std::move(result);
  return checked;
}

Checked<ForumSettings> check_forum_settings(const json& body) {
  Checked<ForumSettings> checked;
  auto& errors = checked.errors;
  if (!body.is_object()) {
    errors.push_back({"", "not_object", "Send the forum as a JSON object."});
    return checked;
  }
  refuse_unknown_fields(body, {"slug", "name", "municipality", "panel_size", "categories"}, "", errors);
  ForumSettings forum;
  static const std::regex valid_slug("^[a-z0-9][a-z0-9-]{1,62}$");
  if (!body.contains("slug") || !body["slug"].is_string()) {
    errors.push_back({"slug", "required", "The short name (slug) is required."});
  } else if (forum.slug = body["slug"].get<std::string>(); !std::regex_match(forum.slug, valid_slug)) {
    errors.push_back({"slug", "invalid_slug",
                      "The short name may only contain lower-case letters, digits and dashes (2 to 63 characters), "
                      "for example burgerforum-2026."});
  }
  const auto name = check_text(body, "name", "name", "The forum's name", max_forum_name_characters, errors);
  const auto municipality =
      check_text(body, "municipality", "municipality", "The municipality", max_name_characters, errors);
  const auto panel_size = body.contains("panel_size") ? check_panel_size(body["panel_size"]) : Checked<int>{};
  if (!body.contains("panel_size")) errors.push_back({"panel_size", "required", "The panel size is required."});
  errors.insert(errors.end(), panel_size.errors.begin(), panel_size.errors.end());
  auto categories = body.contains("categories") ? check_quota_categories(body["categories"])
                                                : Checked<std::vector<QuotaCategory>>{};
  if (!body.contains("categories")) {
    errors.push_back({"categories", "required", "The quota categories are required."});
  }
  errors.insert(errors.end(), categories.errors.begin(), categories.errors.end());
  if (!errors.empty()) return checked;
  forum.name = *name;
  forum.municipality = *municipality;
  forum.panel_size = *panel_size.value;
  forum.categories = std::move(*categories.value);
  checked.value = std::move(forum);
  return checked;
}

json quota_categories_json(const std::vector<QuotaCategory>& categories) {
  json list = json::array();
  for (const auto& category : categories) {
    json values = json::array();
    for (std::size_t v = 0; v < category.values.size(); ++v) {
      values.push_back({{"value", category.values[v]}, {"min", category.min[v]}, {"max", category.max[v]}});
    }
    list.push_back({{"name", category.name}, {"values", values}});
  }
  return list;
}

}  // namespace mienskip
