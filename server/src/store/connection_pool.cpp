#include "store/connection_pool.hpp"

#include <iostream>

#include "core/base/error.hpp"

namespace mienskip::store {

ConnectionPool::Lease::Lease(ConnectionPool& pool, std::unique_ptr<pqxx::connection> connection)
    : pool_(&pool), connection_(std::move(connection)) {}

ConnectionPool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), connection_(std::move(other.connection_)) {}

ConnectionPool::Lease::~Lease() {
  if (connection_) pool_->give_back(std::move(connection_));
}

ConnectionPool::ConnectionPool(std::string conninfo, std::size_t max_size,
                               std::chrono::milliseconds acquire_timeout)
    : conninfo_(std::move(conninfo)),
      max_size_(max_size == 0 ? 1 : max_size),
      acquire_timeout_(acquire_timeout) {}

ConnectionPool::Lease ConnectionPool::acquire() {
  std::unique_lock lock(mutex_);
  const bool free = returned_.wait_for(lock, acquire_timeout_,
                                       [this] { return !idle_.empty() || open_ < max_size_; });
  if (!free) {
    throw Error(error_codes::service_busy, "The service is busy. Please try again in a moment.");
  }
  if (!idle_.empty()) {
    auto connection = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(connection));
  }
  // Reserve the slot, then connect without holding the lock: connecting can take a while.
  ++open_;
  lock.unlock();
  try {
    return Lease(*this, std::make_unique<pqxx::connection>(conninfo_));
  } catch (const std::exception& e) {
    {
      std::lock_guard relock(mutex_);
      --open_;
    }
    returned_.notify_one();
    // The libpq message may name hosts and sockets: it goes to the operator's log only.
    std::cerr << "database connection failed: " << e.what() << '\n';
    throw Error(error_codes::database_unavailable, "The database cannot be reached at the moment.");
  }
}

void ConnectionPool::give_back(std::unique_ptr<pqxx::connection> connection) {
  {
    std::lock_guard lock(mutex_);
    if (connection->is_open()) {
      idle_.push_back(std::move(connection));
    } else {
      --open_;
    }
  }
  returned_.notify_one();
}

std::size_t ConnectionPool::open_connections() const {
  std::lock_guard lock(mutex_);
  return open_;
}

}  // namespace mienskip::store
