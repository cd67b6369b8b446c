#include "core/survey/survey_definition.hpp"

#include <algorithm>
#include <regex>

#include "core/base/error.hpp"
#include "core/survey/survey_schema.hpp"

namespace mienskip {

void check_survey_slug(const std::string& slug) {
  static const std::regex valid_slug("^[a-z0-9][a-z0-9-]{1,62}$");
  if (!std::regex_match(slug, valid_slug)) {
    throw Error(error_codes::invalid_slug, "The survey's short name '" + slug +
                                    "' may only contain lower-case letters, digits and dashes (2 to 63 characters, "
                                    "starting with a letter or digit).");
  }
}

bool is_template_name(std::string_view name) {
  if (name.empty() || name.size() > 100 || name == "schema" || name.front() == '-') return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

Survey checked_survey_definition(const nlohmann::json& definition) {
  return survey_from_template(survey_template_schema(), definition);
}

SurveyDefinition read_survey_definition(const std::string& text, const std::string& origin) {
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(error_codes::invalid_template, origin + " is not valid JSON: " + e.what());
  } catch (const nlohmann::json::out_of_range&) {
    // How nlohmann reports a number beyond a double's range (1e400): not as a parse error.
    throw Error(error_codes::invalid_template, origin + " is not valid JSON: it holds a number too large to read");
  }
  Survey survey = checked_survey_definition(document);
  return {std::move(document), std::move(survey)};
}

nlohmann::json template_summary_json(const std::string& name, const Survey& survey) {
  return {{"name", name},
          {"title", {{"nl", survey.title.nl}, {"fy", survey.title.fy}, {"en", survey.title.en}}},
          {"scenarios", survey.scenarios.size()}};
}

namespace {

std::vector<std::string> scenario_ids(const Survey& survey) {
  std::vector<std::string> ids;
  for (const auto& scenario : survey.scenarios) ids.push_back(scenario.id);
  return ids;
}

// "'a', 'b'"
std::string quoted_list(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "'" : ", '") + id + "'";
  return out;
}

std::vector<std::string> missing_from(const std::vector<std::string>& ids, const std::vector<std::string>& other) {
  std::vector<std::string> missing;
  for (const auto& id : ids) {
    if (std::find(other.begin(), other.end(), id) == other.end()) missing.push_back(id);
  }
  return missing;
}

}  // namespace

std::vector<std::string> frozen_changes(const Survey& before, const Survey& after) {
  std::vector<std::string> changes;
  if (before.budget != after.budget) {
    changes.push_back("the budget (from " + std::to_string(before.budget) + " to " + std::to_string(after.budget) +
                      " points)");
  }
  const auto old_ids = scenario_ids(before);
  const auto new_ids = scenario_ids(after);
  if (old_ids != new_ids) {
    const auto removed = missing_from(old_ids, new_ids);
    const auto added = missing_from(new_ids, old_ids);
    std::string what;
    if (!removed.empty()) what += "removes " + quoted_list(removed);
    if (!added.empty()) what += (what.empty() ? "adds " : ", adds ") + quoted_list(added);
    if (what.empty()) what = "changes their order";
    changes.push_back("the scenarios (it " + what + ")");
  }
  return changes;
}

}  // namespace mienskip
