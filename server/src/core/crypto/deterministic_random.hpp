#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mienskip {

/// A reproducible random stream for lotteries: SHA-256 in counter mode.
///
/// Block i is SHA-256(key || i as 8 bytes, big-endian), i = 0, 1, 2, ...; the stream is the
/// concatenation of the blocks. `docs/lottery.md` specifies it so that anyone can re-implement a
/// draw from its published inputs.
class DeterministicRandom {
 public:
  explicit DeterministicRandom(std::string key);

  /// The next 8 bytes of the stream as a big-endian unsigned number.
  std::uint64_t next64();

  /// A uniform whole number in [0, bound), by rejection: 8-byte values at or above the largest
  /// multiple of `bound` below 2^64 are skipped, so there is no modulo bias.
  std::uint64_t below(std::uint64_t bound);

  /// `count` distinct indices out of [0, n), uniformly: the first `count` positions of a
  /// Fisher-Yates shuffle of 0..n-1 in which position i swaps with i + below(n - i).
  std::vector<std::size_t> choose(std::size_t n, std::size_t count);

 private:
  void refill();
  std::string key_;
  std::uint64_t counter_ = 0;
  unsigned char block_[32] = {};
  std::size_t used_ = 32;
};

}  // namespace mienskip
