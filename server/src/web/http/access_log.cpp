#include "web/http/access_log.hpp"

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <iomanip>
#include <sstream>

namespace mienskip::web {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The length of the well-formed UTF-8 sequence at `at` whose character may stand in a log line
// as it is, or 0: not well-formed (overlong, a surrogate, beyond U+10FFFF, cut short), or a C1
// control character or a line or paragraph separator, which some terminals and viewers obey.
std::size_t printable_utf8_length(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const std::size_t length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || at + length > text.size()) return 0;
  std::uint32_t code_point = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto byte = static_cast<unsigned char>(text[at + k]);
    if (!is_continuation(byte)) return 0;
    code_point = (code_point << 6) | (byte & 0x3F);
  }
  const std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code_point < smallest[length] || code_point > 0x10FFFF) return 0;
  if (code_point >= 0xD800 && code_point <= 0xDFFF) return 0;
  if (code_point <= 0x9F || code_point == 0x2028 || code_point == 0x2029) return 0;
  return length;
}

bool is_plain_ascii(unsigned char byte) {
  return byte > 0x20 && byte < 0x7F && byte != '\\' && byte != '"' && byte != '\'';
}

void append_escape(std::string& out, unsigned char byte) {
  static constexpr char hex[] = "0123456789ABCDEF";
  out += "\\x";
  out.push_back(hex[byte >> 4]);
  out.push_back(hex[byte & 0x0F]);
}

}  // namespace

std::string log_field(std::string_view text, std::size_t max_bytes) {
  std::string out;
  out.reserve(std::min(text.size(), max_bytes));
  std::size_t at = 0;
  while (at < text.size()) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (is_plain_ascii(byte)) {
      if (out.size() + 1 > max_bytes) break;
      out.push_back(static_cast<char>(byte));
      ++at;
    } else if (const auto length = byte >= 0x80 ? printable_utf8_length(text, at) : 0; length > 0) {
      if (out.size() + length > max_bytes) break;
      out.append(text.substr(at, length));
      at += length;
    } else {
      if (out.size() + 4 > max_bytes) break;
      append_escape(out, byte);
      ++at;
    }
  }
  // The cut falls between whole characters and escapes, and says how long the text was.
  if (at < text.size()) out += "...[cut," + std::to_string(text.size()) + "B]";
  return out;
}

void AccessLog::record(const std::string& request_id, const std::string& method,
                       const std::string& path, int status, std::size_t bytes,
                       std::chrono::microseconds duration) {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::ostringstream line;
  line << std::put_time(&utc, "%Y-%m-%dT%H:%M:%SZ") << " " << log_field(request_id, 64) << " "
       << log_field(method, 32) << " " << log_field(path) << " " << status << " " << bytes << "B "
       << std::fixed << std::setprecision(1) << static_cast<double>(duration.count()) / 1000.0 << "ms\n";
  std::lock_guard lock(mutex_);
  out_ << line.str() << std::flush;
}

}  // namespace mienskip::web
