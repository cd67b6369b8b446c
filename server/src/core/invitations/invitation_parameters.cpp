#include "core/invitations/invitation_parameters.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

#include "core/base/csv.hpp"

namespace mienskip {

namespace {

using nlohmann::json;

constexpr double max_oversample = 100;

bool is_column(const std::vector<std::string>& columns, const std::string& name) {
  return name != "id" && std::find(columns.begin(), columns.end(), name) != columns.end();
}

std::string column_list(const std::vector<std::string>& columns) {
  std::string list;
  for (const auto& column : columns) {
    if (column == "id") continue;
    list += (list.empty() ? "" : ", ") + column;
  }
  return list;
}

}  // namespace

Checked<DrawParameters> check_draw_parameters(const json& body, const std::vector<std::string>& columns,
                                              long long register_rows) {
  Checked<DrawParameters> checked;
  auto& errors = checked.errors;
  if (!body.is_object()) {
    errors.push_back({"", "not_object", "Send the draw as {\"count\": ..., \"stratify_by\": ..., \"household_key\": [...]}."});
    return checked;
  }
  for (const auto& [key, value] : body.items()) {
    if (key != "count" && key != "stratify_by" && key != "household_key" && key != "oversample") {
      errors.push_back({key, "unknown_field", "'" + key + "' is not a parameter of the invitation draw."});
    }
  }
  DrawParameters parameters;
  if (!body.contains("count")) {
    errors.push_back({"count", "required", "The number of invitations is required."});
  } else if (!body["count"].is_number_integer() || body["count"].get<double>() < 1) {
    errors.push_back({"count", "not_whole_number", "The number of invitations must be a whole number of at least 1."});
  } else if (body["count"].get<double>() > static_cast<double>(register_rows)) {
    errors.push_back({"count", "too_large", "The register has " + std::to_string(register_rows) +
                                                " residents: that is the most invitations a draw can send."});
  } else {
    parameters.count = body["count"].get<std::size_t>();
  }
  if (body.contains("stratify_by") && !body["stratify_by"].is_null()) {
    if (!body["stratify_by"].is_string()) {
      errors.push_back({"stratify_by", "not_text", "The stratification column must be a column name."});
    } else {
      parameters.stratify_by = trim(body["stratify_by"].get<std::string>());
      if (!parameters.stratify_by.empty() && !is_column(columns, parameters.stratify_by)) {
        errors.push_back({"stratify_by", "unknown_column", "The register has no column '" + parameters.stratify_by +
                                                               "' (it has: " + column_list(columns) + ")."});
      }
    }
  }
  if (body.contains("household_key") && !body["household_key"].is_null()) {
    if (!body["household_key"].is_array()) {
      errors.push_back({"household_key", "not_list", "The household key must be a list of column names."});
    } else {
      std::set<std::string> seen;
      for (std::size_t i = 0; i < body["household_key"].size(); ++i) {
        const auto& item = body["household_key"][i];
        const std::string field = "household_key[" + std::to_string(i) + "]";
        if (!item.is_string()) {
          errors.push_back({field, "not_text", "A household key column must be a column name."});
          continue;
        }
        const std::string column = trim(item.get<std::string>());
        if (!is_column(columns, column)) {
          errors.push_back({field, "unknown_column", "The register has no column '" + column + "' (it has: " +
                                                         column_list(columns) + ")."});
        } else if (!seen.insert(column).second) {
          errors.push_back({field, "duplicate_column", "The column '" + column + "' is in the household key twice."});
        } else {
          parameters.household_key.push_back(column);
        }
      }
    }
  }
  if (body.contains("oversample") && !body["oversample"].is_null()) {
    if (!body["oversample"].is_object()) {
      errors.push_back({"oversample", "not_object", "Oversampling is given as {\"stratum\": factor}."});
    } else {
      if (parameters.stratify_by.empty() && !body["oversample"].empty()) {
        errors.push_back({"oversample", "needs_strata", "Oversampling needs a stratification column."});
      }
      for (const auto& [stratum, factor] : body["oversample"].items()) {
        const std::string field = "oversample." + stratum;
        if (!factor.is_number() || !(factor.get<double>() > 0) || factor.get<double>() > max_oversample ||
            !std::isfinite(factor.get<double>())) {
          errors.push_back({field, "invalid_factor", "The oversampling factor of '" + stratum +
                                                         "' must be a number above 0 and at most 100."});
        } else {
          parameters.oversample[trim(stratum)] = factor.get<double>();
        }
      }
    }
  }
  if (errors.empty()) checked.value = parameters;
  return checked;
}

json draw_parameters_json(const DrawParameters& parameters) {
  json oversample = json::object();
  for (const auto& [stratum, factor] : parameters.oversample) oversample[stratum] = factor;
  return {{"count", parameters.count},
          {"stratify_by", parameters.stratify_by.empty() ? json(nullptr) : json(parameters.stratify_by)},
          {"household_key", parameters.household_key},
          {"oversample", oversample}};
}

}  // namespace mienskip
