#pragma once

#include <nlohmann/json.hpp>

namespace mienskip {

/// survey-templates/schema.json, compiled into the program.
const nlohmann::json& survey_template_schema();

}  // namespace mienskip
