#pragma once

#include <chrono>
#include <cstddef>
#include <list>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace mienskip::app {

/// Whom a limit per client counts for a client address: the address itself, or for IPv6 its /64
/// network, since a single connection to the internet is given a /64 and could otherwise try from
/// 2^64 addresses.
std::string limited_client(const std::string& address);

/// Counts failed attempts (wrong invitation codes, failed staff logins) per client and blocks a
/// client that fails too often within a sliding window, so codes and passwords cannot be found by
/// trying. Kept in memory only (client addresses are never stored); a server restart forgets, which
/// costs an attacker little compared with 58 bits per code or a locked account.
///
/// Its memory is bounded however many clients fail: it tracks at most `max_clients` clients, each
/// with at most its last `max_failures` failure times. Clients are kept in the order of their last
/// failure; a new client beyond the bound pushes out the one that failed least recently, and
/// clients whose failures have all left the window are dropped a few at a time as new failures come
/// in. No call walks the other clients, so a flood of new addresses costs each call O(log n) under
/// the mutex; at worst it makes the limiter forget failures early.
class AttemptLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::size_t default_max_clients = 100'000;

  AttemptLimiter(std::size_t max_failures, std::chrono::seconds window,
                 std::size_t max_clients = default_max_clients);

  /// Whether the client at `address` has had `max_failures` failed attempts within the window.
  /// The limiter counts by limited_client(address) itself, so every caller counts a /64 as one.
  bool blocked(const std::string& address, Clock::time_point now = Clock::now());
  void record_failure(const std::string& address, Clock::time_point now = Clock::now());
  /// How many clients it tracks now (at most `max_clients`).
  std::size_t size() const;

 private:
  struct Client {
    std::vector<Clock::time_point> failures;  // oldest first, at most max_failures_
    std::list<std::string>::iterator place;   // in by_last_failure_
  };
  using Clients = std::map<std::string, Client>;

  void forget_old(std::vector<Clock::time_point>& failures, Clock::time_point now) const;
  void forget(Clients::iterator client);

  const std::size_t max_failures_;
  const std::chrono::seconds window_;
  const std::size_t max_clients_;
  mutable std::mutex mutex_;
  Clients clients_;
  std::list<std::string> by_last_failure_;  // least recent first
};

}  // namespace mienskip::app
