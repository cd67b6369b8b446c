#include "app/attempt_limiter.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <array>

namespace mienskip::app {

namespace {

// How many clients with only expired failures one new failure drops: more than one, so they go
// faster than new ones come, and few, so that no single call does much work.
constexpr int expired_dropped_per_failure = 2;

}  // namespace

std::string limited_client(const std::string& address) {
  // inet_pton takes only the plain textual forms, as the client address is written (no zone, no
  // brackets); anything else is counted as it is.
  std::array<unsigned char, 16> bytes{};
  if (address.find(':') == std::string::npos || inet_pton(AF_INET6, address.c_str(), bytes.data()) != 1) {
    return address;
  }
  // An IPv4 address written as IPv6 (::ffff:a.b.c.d) is one IPv4 client, not a network.
  static constexpr std::array<unsigned char, 12> ipv4_mapped{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  if (std::equal(ipv4_mapped.begin(), ipv4_mapped.end(), bytes.begin())) return address;
  static constexpr char hex[] = "0123456789abcdef";
  std::string network = "ipv6 /64 ";
  for (int i = 0; i < 8; ++i) {
    network.push_back(hex[bytes[i] >> 4]);
    network.push_back(hex[bytes[i] & 15]);
  }
  return network;
}

AttemptLimiter::AttemptLimiter(std::size_t max_failures, std::chrono::seconds window, std::size_t max_clients)
    : max_failures_(std::max<std::size_t>(max_failures, 1)), window_(window), max_clients_(std::max<std::size_t>(max_clients, 1)) {}

void AttemptLimiter::forget_old(std::vector<Clock::time_point>& failures, Clock::time_point now) const {
  const auto first_kept =
      std::find_if(failures.begin(), failures.end(), [&](Clock::time_point at) { return now - at < window_; });
  failures.erase(failures.begin(), first_kept);
}

void AttemptLimiter::forget(Clients::iterator client) {
  by_last_failure_.erase(client->second.place);
  clients_.erase(client);
}

bool AttemptLimiter::blocked(const std::string& address, Clock::time_point now) {
  const std::string client = limited_client(address);
  std::lock_guard lock(mutex_);
  const auto found = clients_.find(client);
  if (found == clients_.end()) return false;
  forget_old(found->second.failures, now);
  if (found->second.failures.empty()) {
    forget(found);
    return false;
  }
  return found->second.failures.size() >= max_failures_;
}

void AttemptLimiter::record_failure(const std::string& address, Clock::time_point now) {
  const std::string client = limited_client(address);
  std::lock_guard lock(mutex_);
  for (int i = 0; i < expired_dropped_per_failure && !by_last_failure_.empty(); ++i) {
    const auto least_recent = clients_.find(by_last_failure_.front());
    if (now - least_recent->second.failures.back() < window_) break;
    forget(least_recent);
  }
  auto found = clients_.find(client);
  if (found == clients_.end()) {
    if (clients_.size() >= max_clients_) forget(clients_.find(by_last_failure_.front()));
    by_last_failure_.push_back(client);
    found = clients_.emplace(client, Client{{}, std::prev(by_last_failure_.end())}).first;
  } else {
    by_last_failure_.splice(by_last_failure_.end(), by_last_failure_, found->second.place);
  }
  auto& failures = found->second.failures;
  forget_old(failures, now);
  if (failures.size() >= max_failures_) failures.erase(failures.begin());
  failures.push_back(now);
}

std::size_t AttemptLimiter::size() const {
  std::lock_guard lock(mutex_);
  return clients_.size();
}

}  // namespace mienskip::app
