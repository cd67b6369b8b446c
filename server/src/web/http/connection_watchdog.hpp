#pragma once

#include <Poco/Net/StreamSocket.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <thread>

namespace mienskip::web {

/// Closes connections whose client is too slow.
///
/// Poco's socket timeout applies to each read, so a client that sends one byte every few seconds
/// would hold a server thread forever. The watchdog gives each connection a deadline by which the
/// next request's headers and body must have arrived, and shuts the socket down when it passes.
class ConnectionWatchdog {
 public:
  using Clock = std::chrono::steady_clock;

  ConnectionWatchdog();
  ~ConnectionWatchdog();
  ConnectionWatchdog(const ConnectionWatchdog&) = delete;
  ConnectionWatchdog& operator=(const ConnectionWatchdog&) = delete;

  std::uint64_t watch(const Poco::Net::StreamSocket& socket, Clock::time_point deadline);
  void arm(std::uint64_t id, Clock::time_point deadline);
  void disarm(std::uint64_t id);
  void forget(std::uint64_t id);

 private:
  struct Watched {
    Poco::Net::StreamSocket socket;
    Clock::time_point deadline;
    bool armed;
  };
  void run();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::map<std::uint64_t, Watched> watched_;
  std::uint64_t next_id_ = 1;
  bool stopping_ = false;
  std::thread thread_;
};

/// Watches the connection served by the calling thread for as long as it lives.
///
/// The first request must arrive within `request_timeout` of the connection; each later one within
/// `keep_alive + request_timeout` of the previous response. Reading the body counts as arriving.
class WatchedConnection {
 public:
  WatchedConnection(ConnectionWatchdog& watchdog, const Poco::Net::StreamSocket& socket,
                    std::chrono::milliseconds request_timeout, std::chrono::milliseconds keep_alive);
  ~WatchedConnection();
  WatchedConnection(const WatchedConnection&) = delete;
  WatchedConnection& operator=(const WatchedConnection&) = delete;

 private:
  friend void mark_request_read();
  friend void mark_response_sent();
  friend void allow_upload(std::chrono::milliseconds within);
  ConnectionWatchdog& watchdog_;
  std::uint64_t id_;
  std::chrono::milliseconds next_request_within_;
};

/// Called by the request handler on the serving thread to move the deadline of its connection.
/// They do nothing on a thread that serves no watched connection (as in unit tests).
void mark_request_read();
void mark_response_sent();
/// An upload's body may take longer than a request: it must have arrived (and been handled,
/// since it is handled while it arrives) within `within` of now.
void allow_upload(std::chrono::milliseconds within);

}  // namespace mienskip::web
