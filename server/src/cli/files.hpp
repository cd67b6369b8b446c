#pragma once

#include <string>
#include <vector>

namespace mienskip::cli {

/// The whole file; throws Error `file_not_found` naming it.
std::string read_file(const std::string& path);

/// Writes next to the target and renames into place, so a reader never sees half a file.
void write_file(const std::string& path, const std::string& content);

/// "a, b,c" -> {"a", "b", "c"}; empty items are dropped.
std::vector<std::string> split_list(const std::string& text);

}  // namespace mienskip::cli
