// The URL decoder the request handler and the form reader share. It returns nullopt for a broken
// %XX sequence; otherwise decoding what it encoded gives the text back.
#include "core/base/form_body.hpp"
#include "support.hpp"

using namespace mienskip;

namespace {

std::string percent_encode(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    out += '%';
    out += hex[byte >> 4];
    out += hex[byte & 15];
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::text_of(data, size);
  for (const bool plus_is_space : {false, true}) {
    const auto decoded = percent_decode(text, plus_is_space);
    if (decoded) {
      fuzz::require(decoded->size() <= text.size());
      // Without a % sign nothing but `+` can change.
      if (text.find('%') == std::string_view::npos && !plus_is_space) fuzz::require(*decoded == text);
    }
  }
  const auto round_trip = percent_decode(percent_encode(text), true);
  fuzz::require(round_trip && *round_trip == text);
  return 0;
}
