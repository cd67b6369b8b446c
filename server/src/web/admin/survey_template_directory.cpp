#include "web/admin/survey_template_directory.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "core/base/error.hpp"

namespace mienskip::web {

namespace {

std::optional<std::string> file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

SurveyTemplateDirectory::SurveyTemplateDirectory(std::string directory, std::ostream& log)
    : directory_(std::move(directory)), log_(log) {}

nlohmann::json SurveyTemplateDirectory::list() const {
  std::map<std::string, nlohmann::json> by_name;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(directory_, error)) {
    const auto& path = entry.path();
    const std::string name = path.stem().string();
    if (path.extension() != ".json" || !is_template_name(name)) continue;
    try {
      by_name[name] = template_summary_json(name, read(name).survey);
    } catch (const Error& e) {
      log_ << "mienskip: survey template " << path.string() << " is not offered: " << e.what() << '\n';
    }
  }
  if (error) log_ << "mienskip: cannot read the survey templates in " << directory_ << ": " << error.message() << '\n';
  nlohmann::json templates = nlohmann::json::array();
  for (auto& [name, summary] : by_name) templates.push_back(std::move(summary));
  return {{"templates", templates}};
}

SurveyDefinition SurveyTemplateDirectory::read(const std::string& name) const {
  const auto unknown = Error(error_codes::unknown_template, "There is no survey template '" + name + "'.");
  if (!is_template_name(name)) throw unknown;
  const auto text = file_text(std::filesystem::path(directory_) / (name + ".json"));
  if (!text) throw unknown;
  return read_survey_definition(*text, name + ".json");
}

}  // namespace mienskip::web
