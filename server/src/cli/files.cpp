#include "cli/files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"

namespace mienskip::cli {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(error_codes::file_not_found, "cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const std::string& path, const std::string& content) {
  const std::string temporary = path + ".partial";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(error_codes::cannot_write, "cannot write " + path);
    out << content;
    if (!out.flush()) throw Error(error_codes::cannot_write, "cannot write " + path);
  }
  std::filesystem::rename(temporary, path);
}

std::vector<std::string> split_list(const std::string& text) { return split_names(text); }

}  // namespace mienskip::cli
