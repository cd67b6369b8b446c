#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace mienskip::fuzz {

/// The fuzzer's bytes as text.
inline std::string_view text_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Stops the run with a crash file when a reader's promise is broken. A trap rather than an
/// assert: it holds in every build type and libFuzzer saves the input that broke it.
inline void require(bool promise) {
  if (!promise) __builtin_trap();
}

/// Whether `text` is UTF-8 without a NUL byte, as every text a reader passes on must be.
bool storable_text(std::string_view text);

/// Two files in one input: what comes before the first line "---" and what comes after it (the
/// second is empty without such a line). Harnesses of readers that take two files (a pool's
/// quotas and volunteers) use it, so a seed is two CSV files one after the other.
std::pair<std::string_view, std::string_view> two_files(std::string_view input);

/// A file of the source tree (test data, a survey template), read whole; aborts when it is
/// missing, because a harness without its fixture would fuzz nothing.
std::string source_file(const std::string& relative_path);

}  // namespace mienskip::fuzz
