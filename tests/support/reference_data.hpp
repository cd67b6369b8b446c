#pragma once

#include <string>

namespace mienskip::test {

/// Text of a file under tests/data/ (found through MIENSKIP_SOURCE_DIR, which CTest sets).
std::string read_test_data(const std::string& relative_path);

/// Path of a file under tests/data/.
std::string test_data_path(const std::string& relative_path);

}  // namespace mienskip::test
