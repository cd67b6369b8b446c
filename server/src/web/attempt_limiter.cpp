#include "web/attempt_limiter.hpp"

namespace mienskip::web {

AttemptLimiter::AttemptLimiter(std::size_t max_failures, std::chrono::seconds window)
    : max_failures_(max_failures), window_(window) {}

void AttemptLimiter::forget_old(std::deque<Clock::time_point>& failures, Clock::time_point now) const {
  while (!failures.empty() && now - failures.front() >= window_) failures.pop_front();
}

bool AttemptLimiter::blocked(const std::string& client, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  const auto found = failures_.find(client);
  if (found == failures_.end()) return false;
  forget_old(found->second, now);
  if (found->second.empty()) {
    failures_.erase(found);
    return false;
  }
  return found->second.size() >= max_failures_;
}

void AttemptLimiter::record_failure(const std::string& client, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  // Bounded memory under a flood of distinct addresses: drop clients whose failures expired.
  if (failures_.size() > 100'000) {
    for (auto it = failures_.begin(); it != failures_.end();) {
      forget_old(it->second, now);
      it = it->second.empty() ? failures_.erase(it) : std::next(it);
    }
  }
  auto& failures = failures_[client];
  forget_old(failures, now);
  failures.push_back(now);
}

}  // namespace mienskip::web
