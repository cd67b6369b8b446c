#pragma once

#include <filesystem>
#include <string>

namespace mienskip::test {

/// An empty directory under the system's temporary directory, unique to this process.
std::filesystem::path scratch_directory(const std::string& name);

/// The whole text of a file ("" when it cannot be read).
std::string read_text(const std::filesystem::path& path);

}  // namespace mienskip::test
