#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "core/survey/survey_definition.hpp"

namespace mienskip::web {

/// The survey templates staff create surveys from: the files NAME.json in one directory
/// (`mienskip serve --templates-dir`, by default the installation's survey-templates/), read on
/// every use, so a template added there is offered at once.
class SurveyTemplateDirectory {
 public:
  SurveyTemplateDirectory(std::string directory, std::ostream& log);

  /// {"templates": [template_summary_json...]} by name, of every template that passes the checks;
  /// a broken file is left out and named in the server log (it is the operator's to fix).
  nlohmann::json list() const;

  /// The template NAME. Throws Error `unknown_template` for a name that is not in the directory
  /// (or could not be a template's name) and `invalid_template` for a file that fails the checks.
  SurveyDefinition read(const std::string& name) const;

 private:
  const std::string directory_;
  std::ostream& log_;
};

}  // namespace mienskip::web
