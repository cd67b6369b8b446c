#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/survey/survey.hpp"

namespace mienskip {

/// Throws Error `invalid_slug` unless `slug` can be a survey's short name in its address (/s/SLUG):
/// lower-case letters, digits and dashes, 2 to 63 characters, starting with a letter or digit. The
/// database holds the same rule as a CHECK constraint.
void check_survey_slug(const std::string& slug);

/// Whether `name` can name a template in survey-templates/ (the file NAME.json): lower-case letters,
/// digits and dashes only, so a name taken from a request can never point outside that directory.
/// `schema` names the schema itself, not a template.
bool is_template_name(std::string_view name);

/// A definition checked against survey-templates/schema.json (compiled in) and the rules a schema
/// cannot say, as survey_from_template does. Throws Error `invalid_template` listing every problem by
/// its place ("scenarios[3].title.fy is missing").
Survey checked_survey_definition(const nlohmann::json& definition);

/// A survey definition as staff give it (a template file, an edited definition) and what it means.
struct SurveyDefinition {
  nlohmann::json document;
  Survey survey;
};

/// Reads the text of a template file: JSON, then checked_survey_definition. `origin` names the file in
/// messages. Throws Error `invalid_template`, also for text that is not JSON.
SurveyDefinition read_survey_definition(const std::string& text, const std::string& origin);

/// What staff choose a template by: {"name", "title": {"nl", "fy", "en"}, "scenarios": count}.
nlohmann::json template_summary_json(const std::string& name, const Survey& survey);

/// Once a survey has a response its scenarios (ids and order) and budget are fixed; the database
/// refuses to change them (migration 0002). What replacing `before` by `after` would change of them,
/// in words for the refusal ("the budget (from 100 to 120 points)"); empty when neither changes.
std::vector<std::string> frozen_changes(const Survey& before, const Survey& after);

}  // namespace mienskip
