#pragma once

#include <chrono>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace mienskip::web {

/// The longest path the access log writes, in bytes of the escaped text.
inline constexpr std::size_t max_logged_path = 512;

/// `text` as one field of a log line. Every byte below 0x20, 0x7F, the backslash, the space and
/// the quotes `"` and `'` is written as `\xNN` (two upper-case hex digits): a decoded request path
/// with `%0A`, `%0D`, `%1B` or `%00` would otherwise start a fake log line or drive the terminal
/// that shows the log, a space would shift the fields after it, and a quote could end a field for
/// a tool that reads the log. So are the bytes of what is not well-formed UTF-8, of the C1 control
/// characters (U+0080 to U+009F) and of the line and paragraph separators U+2028 and U+2029; other
/// UTF-8 stays as it is. At most `max_bytes` of escaped text are written (an
/// escape is never cut); a longer text ends in `...[cut,NB]`, N being its length in bytes before escaping.
std::string log_field(std::string_view text, std::size_t max_bytes = max_logged_path);

/// One line per request: time, request id, method, path, status, bytes sent, duration. The method
/// and path come from the client and are written through log_field, so every request is one line.
///
/// Deliberately no client address, user agent, query string or body: paths and queries of resident
/// pages can carry invitation codes, and residents' data must never reach a log.
class AccessLog {
 public:
  explicit AccessLog(std::ostream& out) : out_(out) {}

  void record(const std::string& request_id, const std::string& method, const std::string& path,
              int status, std::size_t bytes, std::chrono::microseconds duration);

 private:
  std::ostream& out_;
  std::mutex mutex_;
};

}  // namespace mienskip::web
