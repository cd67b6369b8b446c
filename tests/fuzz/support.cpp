#include "support.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/base/utf8.hpp"

namespace mienskip::fuzz {

bool storable_text(std::string_view text) {
  return text.find('\0') == std::string_view::npos && utf8_length(text).has_value();
}

std::pair<std::string_view, std::string_view> two_files(std::string_view input) {
  constexpr std::string_view separator = "\n---\n";
  const auto at = input.find(separator);
  if (at == std::string_view::npos) return {input, {}};
  return {input.substr(0, at + 1), input.substr(at + separator.size())};
}

std::string source_file(const std::string& relative_path) {
  const std::string path = std::string(MIENSKIP_SOURCE_DIR) + "/" + relative_path;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "fuzz harness: cannot read %s\n", path.c_str());
    std::abort();
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace mienskip::fuzz
