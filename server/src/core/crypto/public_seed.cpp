#include "core/crypto/public_seed.hpp"

#include <algorithm>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

std::string public_seed(const std::string& typed) {
  constexpr std::size_t max_seed_characters = 200;
  const std::string text = trim(typed);
  if (text.empty()) throw Error(error_codes::invalid_seed, "The seed is empty.");
  const auto length = utf8_length(text);
  if (!length || *length > max_seed_characters ||
      std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
    throw Error(error_codes::invalid_seed, "The seed must be one line of at most 200 characters.");
  }
  return text;
}

}  // namespace mienskip
