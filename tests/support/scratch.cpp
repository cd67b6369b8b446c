#include "support/scratch.hpp"

#include <fstream>
#include <sstream>
#include <unistd.h>

namespace mienskip::test {

std::filesystem::path scratch_directory(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("mienskip-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace mienskip::test
