#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <pqxx/connection>
#include <string>
#include <vector>

namespace mienskip::store {

/// A bounded pool of PostgreSQL connections shared by the server's threads.
///
/// libpqxx connections are not thread-safe, so each request borrows one for its duration through a
/// `Lease`. Connections are opened lazily, up to `max_size`; a broken connection is dropped when it
/// is given back, and a new one is opened the next time one is needed.
class ConnectionPool {
 public:
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease();

    pqxx::connection& operator*() const { return *connection_; }
    pqxx::connection* operator->() const { return connection_.get(); }

   private:
    friend class ConnectionPool;
    Lease(ConnectionPool& pool, std::unique_ptr<pqxx::connection> connection);
    ConnectionPool* pool_;
    std::unique_ptr<pqxx::connection> connection_;
  };

  ConnectionPool(std::string conninfo, std::size_t max_size,
                 std::chrono::milliseconds acquire_timeout);

  /// Borrows a connection, waiting at most the acquire timeout for one to come free.
  /// Throws Error `service_busy` when none came free and `database_unavailable` when a new
  /// connection could not be opened.
  Lease acquire();

  std::size_t open_connections() const;

 private:
  void give_back(std::unique_ptr<pqxx::connection> connection);

  const std::string conninfo_;
  const std::size_t max_size_;
  const std::chrono::milliseconds acquire_timeout_;
  mutable std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<pqxx::connection>> idle_;
  std::size_t open_ = 0;
};

}  // namespace mienskip::store
