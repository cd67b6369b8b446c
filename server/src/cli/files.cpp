#include "cli/files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/csv.hpp"
#include "core/error.hpp"

namespace mienskip::cli {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("file_not_found", "cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const std::string& path, const std::string& content) {
  const std::string temporary = path + ".partial";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot_write", "cannot write " + path);
    out << content;
    if (!out.flush()) throw Error("cannot_write", "cannot write " + path);
  }
  std::filesystem::rename(temporary, path);
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::stringstream stream(text);
  std::string item;
  while (std::getline(stream, item, ',')) {
    item = trim(item);
    if (!item.empty()) items.push_back(item);
  }
  return items;
}

}  // namespace mienskip::cli
