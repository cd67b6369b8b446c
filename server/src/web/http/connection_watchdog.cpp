#include "web/http/connection_watchdog.hpp"

namespace mienskip::web {

ConnectionWatchdog::ConnectionWatchdog() : thread_([this] { run(); }) {}

ConnectionWatchdog::~ConnectionWatchdog() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

std::uint64_t ConnectionWatchdog::watch(const Poco::Net::StreamSocket& socket,
                                        Clock::time_point deadline) {
  std::lock_guard lock(mutex_);
  const std::uint64_t id = next_id_++;
  watched_.emplace(id, Watched{socket, deadline, true});
  return id;
}

void ConnectionWatchdog::arm(std::uint64_t id, Clock::time_point deadline) {
  std::lock_guard lock(mutex_);
  if (auto found = watched_.find(id); found != watched_.end()) {
    found->second.deadline = deadline;
    found->second.armed = true;
  }
}

void ConnectionWatchdog::disarm(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  if (auto found = watched_.find(id); found != watched_.end()) found->second.armed = false;
}

void ConnectionWatchdog::forget(std::uint64_t id) {
  std::lock_guard lock(mutex_);
  watched_.erase(id);
}

void ConnectionWatchdog::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    const auto now = Clock::now();
    for (auto& [id, watched] : watched_) {
      if (watched.armed && watched.deadline <= now) {
        watched.armed = false;
        try {
          // Unblocks the serving thread's read, which then ends the connection.
          watched.socket.shutdown();
        } catch (...) {
          // Already closed by the client: nothing left to do.
        }
      }
    }
    wake_.wait_for(lock, std::chrono::milliseconds(100));
  }
}

namespace {
thread_local WatchedConnection* current_connection = nullptr;
}

WatchedConnection::WatchedConnection(ConnectionWatchdog& watchdog,
                                     const Poco::Net::StreamSocket& socket,
                                     std::chrono::milliseconds request_timeout,
                                     std::chrono::milliseconds keep_alive)
    : watchdog_(watchdog),
      id_(watchdog.watch(socket, ConnectionWatchdog::Clock::now() + request_timeout)),
      next_request_within_(keep_alive + request_timeout) {
  current_connection = this;
}

WatchedConnection::~WatchedConnection() {
  current_connection = nullptr;
  watchdog_.forget(id_);
}

void mark_request_read() {
  if (current_connection) current_connection->watchdog_.disarm(current_connection->id_);
}

void mark_response_sent() {
  if (current_connection) {
    current_connection->watchdog_.arm(
        current_connection->id_,
        ConnectionWatchdog::Clock::now() + current_connection->next_request_within_);
  }
}

void allow_upload(std::chrono::milliseconds within) {
  if (current_connection) {
    current_connection->watchdog_.arm(current_connection->id_, ConnectionWatchdog::Clock::now() + within);
  }
}

}  // namespace mienskip::web
