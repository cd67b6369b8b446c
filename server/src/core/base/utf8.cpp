#include "core/base/utf8.hpp"

namespace mienskip {

std::optional<std::size_t> utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    if (byte < 0x80) {
      extra = 0;
    } else if ((byte & 0xE0) == 0xC0 && byte >= 0xC2) {
      extra = 1;
    } else if ((byte & 0xF0) == 0xE0) {
      extra = 2;
    } else if ((byte & 0xF8) == 0xF0 && byte <= 0xF4) {
      extra = 3;
    } else {
      return std::nullopt;
    }
    if (i + extra >= text.size()) return std::nullopt;
    for (std::size_t k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return std::nullopt;
    }
    // Overlong forms and UTF-16 surrogates, which PostgreSQL would refuse.
    const auto second = extra > 0 ? static_cast<unsigned char>(text[i + 1]) : 0;
    if ((byte == 0xE0 && second < 0xA0) || (byte == 0xED && second >= 0xA0) || (byte == 0xF0 && second < 0x90) ||
        (byte == 0xF4 && second >= 0x90)) {
      return std::nullopt;
    }
    i += extra + 1;
    ++count;
  }
  return count;
}

std::string fold_case(std::string_view text) {
  std::string folded(text);
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const auto byte = static_cast<unsigned char>(folded[i]);
    if (byte >= 'A' && byte <= 'Z') {
      folded[i] = static_cast<char>(byte + 32);
    } else if (byte == 0xC3 && i + 1 < folded.size()) {
      // U+00C0-U+00DE are C3 80-C3 9E; their small letters are C3 A0-C3 BE. C3 97 is the sign ×.
      const auto next = static_cast<unsigned char>(folded[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) folded[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return folded;
}

}  // namespace mienskip
