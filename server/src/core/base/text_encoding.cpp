#include "core/base/text_encoding.hpp"

#include <algorithm>
#include <cstdint>

#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

// Windows-1252's 0x80-0x9F; 0 where it defines no character.
constexpr std::uint16_t high_controls[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, std::uint32_t code_point) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

bool ascii(std::string_view text) {
  return std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

}  // namespace

const char* encoding_name(TextEncoding encoding) {
  return encoding == TextEncoding::windows_1252 ? "Windows-1252" : "UTF-8";
}

std::optional<std::string> windows_1252_to_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == 0) return std::nullopt;
    if (byte >= 0x80 && byte < 0xA0) {
      const auto code_point = high_controls[byte - 0x80];
      if (code_point == 0) return std::nullopt;
      append_utf8(out, code_point);
    } else {
      append_utf8(out, byte);
    }
  }
  return out;
}

void TextDecoder::decode(std::string& field) {
  if (decided_ && encoding_ == TextEncoding::utf8) return;
  if (ascii(field)) return;
  if (!decided_) {
    decided_ = true;
    if (utf8_length(field)) return;
    encoding_ = TextEncoding::windows_1252;
  }
  if (auto text = windows_1252_to_utf8(field)) field = std::move(*text);
}

}  // namespace mienskip
