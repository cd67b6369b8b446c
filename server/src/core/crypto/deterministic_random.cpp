#include "core/crypto/deterministic_random.hpp"

#include <openssl/evp.h>

#include <numeric>
#include <stdexcept>

namespace mienskip {

DeterministicRandom::DeterministicRandom(std::string key) : key_(std::move(key)) {}

void DeterministicRandom::refill() {
  std::string input = key_;
  for (int shift = 56; shift >= 0; shift -= 8) input.push_back(static_cast<char>((counter_ >> shift) & 0xff));
  ++counter_;
  unsigned int length = 0;
  if (EVP_Digest(input.data(), input.size(), block_, &length, EVP_sha256(), nullptr) != 1 || length != 32) {
    throw std::runtime_error("OpenSSL could not compute a SHA-256 digest");
  }
  used_ = 0;
}

std::uint64_t DeterministicRandom::next64() {
  std::uint64_t value = 0;
  for (int i = 0; i < 8; ++i) {
    if (used_ == 32) refill();
    value = (value << 8) | block_[used_++];
  }
  return value;
}

std::uint64_t DeterministicRandom::below(std::uint64_t bound) {
  if (bound == 0) throw std::invalid_argument("below(0)");
  // 2^64 mod bound: that many of the largest 8-byte values would favour small results.
  const std::uint64_t excess = (UINT64_MAX % bound + 1) % bound;
  while (true) {
    const std::uint64_t value = next64();
    if (value <= UINT64_MAX - excess) return value % bound;
  }
}

std::vector<std::size_t> DeterministicRandom::choose(std::size_t n, std::size_t count) {
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  for (std::size_t i = 0; i < count && i < n; ++i) {
    std::swap(order[i], order[i + below(n - i)]);
  }
  order.resize(std::min(count, n));
  return order;
}

}  // namespace mienskip
