#include "core/crypto/keyed_hash.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "core/base/error.hpp"

namespace mienskip {

std::string keyed_hash_hex(std::string_view key, std::string_view message, std::string_view what) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
            message.size(), digest, &length)) {
    throw Error(error_codes::crypto_failed, std::string(what) + " could not be processed");
  }
  static constexpr char hex[] = "0123456789abcdef";
  std::string text;
  text.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    text.push_back(hex[digest[i] >> 4]);
    text.push_back(hex[digest[i] & 15]);
  }
  return text;
}

}  // namespace mienskip
