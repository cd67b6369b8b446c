#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <string>

namespace mienskip::web {

/// Counts wrong invitation codes per client and blocks a client that guesses too often, so codes
/// cannot be found by trying. Kept in memory only (client addresses are never stored); a server
/// restart forgets, which costs an attacker little compared with 58 bits per code.
class AttemptLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  AttemptLimiter(std::size_t max_failures, std::chrono::seconds window);

  /// Whether the client has had `max_failures` wrong attempts within the window.
  bool blocked(const std::string& client, Clock::time_point now = Clock::now());
  void record_failure(const std::string& client, Clock::time_point now = Clock::now());

 private:
  void forget_old(std::deque<Clock::time_point>& failures, Clock::time_point now) const;

  const std::size_t max_failures_;
  const std::chrono::seconds window_;
  std::mutex mutex_;
  std::map<std::string, std::deque<Clock::time_point>> failures_;
};

}  // namespace mienskip::web
