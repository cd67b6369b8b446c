#include "support/reference_data.hpp"

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace mienskip::test {

std::string test_data_path(const std::string& relative_path) {
  const char* source = std::getenv("MIENSKIP_SOURCE_DIR");
  if (!source || !*source) throw std::runtime_error("MIENSKIP_SOURCE_DIR is not set: run through ctest");
  return std::string(source) + "/tests/data/" + relative_path;
}

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

std::string read_test_data(const std::string& relative_path) { return read_file(test_data_path(relative_path)); }

std::string read_survey_template(const std::string& name) {
  const char* source = std::getenv("MIENSKIP_SOURCE_DIR");
  if (!source || !*source) throw std::runtime_error("MIENSKIP_SOURCE_DIR is not set: run through ctest");
  return read_file(std::string(source) + "/survey-templates/" + name);
}

nlohmann::json survey_template_json(const std::string& name) {
  return nlohmann::json::parse(read_survey_template(name));
}

}  // namespace mienskip::test
