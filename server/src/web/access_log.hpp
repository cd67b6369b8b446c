#pragma once

#include <chrono>
#include <mutex>
#include <ostream>
#include <string>

namespace mienskip::web {

/// One line per request: time, request id, method, path, status, bytes sent, duration.
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
