#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace mienskip::test {

/// Text of a file under tests/data/ (found through MIENSKIP_SOURCE_DIR, which CTest sets).
std::string read_test_data(const std::string& relative_path);

/// Path of a file under tests/data/.
std::string test_data_path(const std::string& relative_path);

/// Text of a survey template (survey-templates/NAME), as shipped.
std::string read_survey_template(const std::string& name);

/// The same, parsed.
nlohmann::json survey_template_json(const std::string& name);

}  // namespace mienskip::test
