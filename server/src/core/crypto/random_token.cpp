#include "core/crypto/random_token.hpp"

#include <openssl/rand.h>

#include <vector>

#include "core/base/error.hpp"

namespace mienskip {

std::string random_token(std::string_view prefix, std::size_t bytes) {
  std::vector<unsigned char> random(bytes);
  if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1) {
    throw Error(error_codes::random_unavailable, "the system's random generator failed");
  }
  static constexpr char hex[] = "0123456789abcdef";
  std::string token(prefix);
  for (unsigned char b : random) {
    token.push_back(hex[b >> 4]);
    token.push_back(hex[b & 15]);
  }
  return token;
}

}  // namespace mienskip
