#include "core/weighting/weighting_settings.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

#include "core/base/error.hpp"

namespace mienskip {

namespace {

const std::string invalid = "invalid_option";

// The shortest text that reads back as the same double, so bounds pass the options' parser unchanged.
std::string exact_text(double value) {
  char buffer[64];
  const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, written.ptr);
}

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : ",") + name;
  return text;
}

std::optional<std::string> variables_text(const nlohmann::json& value) {
  if (value.is_null()) return std::nullopt;
  if (!value.is_array()) throw Error(invalid, "variables: give a list of margin variables, or null for all of them");
  std::vector<std::string> names;
  for (const auto& name : value) {
    // A comma would split one name into two in the options' list syntax.
    if (!name.is_string() || name.get<std::string>().find(',') != std::string::npos) {
      throw Error(invalid, "variables: every entry is the name of a margin variable, not " + name.dump());
    }
    names.push_back(name.get<std::string>());
  }
  // An empty list reaches the parser as an empty text, which it refuses naming the variables there are.
  return joined(names);
}

std::optional<std::string> bounds_text(const nlohmann::json& value) {
  if (value.is_null()) return std::nullopt;
  if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number()) {
    throw Error(invalid, "bounds: give two numbers [lower, upper] as multiples of the mean weight (such as [0.3, 3]), "
                         "or null for plain raking, not " + value.dump());
  }
  return exact_text(value[0].get<double>()) + "," + exact_text(value[1].get<double>());
}

std::optional<std::string> by_text(const nlohmann::json& value) {
  if (value.is_null()) return std::nullopt;
  if (!value.is_string()) throw Error(invalid, "by: give the id of a question of this survey, or null, not " + value.dump());
  return value.get<std::string>();
}

ResultsQuery as_query(const WeightingSettings& settings) {
  ResultsQuery query;
  if (settings.variables) query.variables = joined(*settings.variables);
  if (settings.bounds) query.bounds = exact_text(settings.bounds->lower) + "," + exact_text(settings.bounds->upper);
  query.by = settings.by;
  return query;
}

}  // namespace

WeightingSettings read_weighting_settings(const nlohmann::json& body, const Survey& survey, const Margins& margins) {
  if (!body.is_object()) throw Error(invalid, "Send the weighting settings as a JSON object: variables, bounds, by.");
  for (const auto& [name, value] : body.items()) {
    if (name != "variables" && name != "bounds" && name != "by" && name != "updated_at" && name != "updated_by") {
      throw Error(invalid, "Unknown field '" + name + "': the weighting settings are variables, bounds and by.");
    }
  }
  // Required, so that a field left out by mistake does not quietly reset a setting.
  for (const char* name : {"variables", "bounds", "by"}) {
    if (!body.contains(name)) throw Error(invalid, std::string(name) + ": missing (null for the default)");
  }
  const ResultsQuery query{variables_text(body["variables"]), bounds_text(body["bounds"]), by_text(body["by"])};
  // The options' messages on bounds speak of "the lower bound"; here the field is named first.
  try {
    results_options(survey, margins, ResultsQuery{std::nullopt, query.bounds, std::nullopt});
  } catch (const Error& e) {
    throw Error(e.code(), "bounds: " + std::string(e.what()));
  }
  const auto options = results_options(survey, margins, query);
  WeightingSettings settings;
  if (query.variables) settings.variables = options.sample.variables;
  settings.bounds = options.weighing.bounds;
  if (query.by) settings.by = options.sample.by;
  return settings;
}

nlohmann::json weighting_settings_json(const WeightingSettings& settings, const Margins& margins) {
  nlohmann::json variables = nlohmann::json::array();
  if (settings.variables) {
    for (const auto& name : *settings.variables) variables.push_back(name);
  } else {
    for (const auto& margin : margins.variables) variables.push_back(margin.variable);
  }
  return {{"variables", variables},
          {"bounds", settings.bounds ? nlohmann::json::array({settings.bounds->lower, settings.bounds->upper})
                                     : nlohmann::json(nullptr)},
          {"by", settings.by ? nlohmann::json(*settings.by) : nlohmann::json(nullptr)}};
}

ResultsOptions results_options(const Survey& survey, const Margins& margins, const WeightingSettings& stored,
                               const ResultsQuery& query) {
  // The stored settings the query does not override, checked on their own first: an error in them
  // is not the requester's, and needs the settings saved again.
  ResultsQuery from_settings = as_query(stored);
  if (query.variables) from_settings.variables.reset();
  if (query.bounds) from_settings.bounds.reset();
  if (query.by) from_settings.by.reset();
  try {
    results_options(survey, margins, from_settings);
  } catch (const Error& e) {
    throw Error(error_codes::weighting_settings_stale,
                "The saved weighting settings no longer fit this survey (" + std::string(e.what()) +
                    "); save the weighting settings again.");
  }
  ResultsQuery merged = query;
  if (!merged.variables) merged.variables = from_settings.variables;
  if (!merged.bounds) merged.bounds = from_settings.bounds;
  if (!merged.by) merged.by = from_settings.by;
  return results_options(survey, margins, merged);
}

}  // namespace mienskip
