#include "core/crypto/sealed_secret.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <vector>

#include "core/base/error.hpp"
#include "core/crypto/hex.hpp"
#include "core/crypto/keyed_hash.hpp"

namespace mienskip {

namespace {

using Bytes = std::vector<unsigned char>;
constexpr std::size_t nonce_bytes = 12, tag_bytes = 16;

// 32 bytes for AES-256, from the server secret and what the key is for.
Bytes derived_key(std::string_view server_secret, std::string_view purpose) {
  return *hex_decode(keyed_hash_hex(server_secret, "mienskip-sealed-secret:" + std::string(purpose), "a sealed secret's key"));
}

using Cipher = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

}  // namespace

std::string seal_secret(std::string_view server_secret, std::string_view purpose, std::string_view bound_to,
                        std::string_view plain) {
  const Bytes key = derived_key(server_secret, purpose);
  Bytes nonce(nonce_bytes), out(plain.size()), tag(tag_bytes);
  if (RAND_bytes(nonce.data(), static_cast<int>(nonce.size())) != 1) {
    throw Error(error_codes::random_unavailable, "the system's random generator failed");
  }
  Cipher cipher(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
  int length = 0, final_length = 0;
  const bool sealed =
      cipher && EVP_EncryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce.data()) == 1 &&
      EVP_EncryptUpdate(cipher.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(bound_to.data()),
                        static_cast<int>(bound_to.size())) == 1 &&
      EVP_EncryptUpdate(cipher.get(), out.data(), &length, reinterpret_cast<const unsigned char*>(plain.data()),
                        static_cast<int>(plain.size())) == 1 &&
      EVP_EncryptFinal_ex(cipher.get(), out.data() + length, &final_length) == 1 &&
      EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(tag.size()), tag.data()) == 1;
  if (!sealed) throw Error(error_codes::crypto_failed, "a secret could not be sealed");
  return "v1$" + hex_encode(nonce) + "$" + hex_encode(out) + "$" + hex_encode(tag);
}

std::optional<std::string> open_secret(std::string_view server_secret, std::string_view purpose,
                                       std::string_view bound_to, std::string_view sealed) {
  if (sealed.substr(0, 3) != "v1$") return std::nullopt;
  const auto rest = sealed.substr(3);
  const auto first = rest.find('$'), second = rest.find('$', first == std::string_view::npos ? first : first + 1);
  if (first == std::string_view::npos || second == std::string_view::npos) return std::nullopt;
  auto nonce = hex_decode(rest.substr(0, first));
  auto text = hex_decode(rest.substr(first + 1, second - first - 1));
  auto tag = hex_decode(rest.substr(second + 1));
  if (!nonce || !text || !tag || nonce->size() != nonce_bytes || tag->size() != tag_bytes) return std::nullopt;
  const Bytes key = derived_key(server_secret, purpose);
  Bytes out(text->size() + 1);
  Cipher cipher(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
  int length = 0, final_length = 0;
  const bool opened =
      cipher && EVP_DecryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce->data()) == 1 &&
      EVP_DecryptUpdate(cipher.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(bound_to.data()),
                        static_cast<int>(bound_to.size())) == 1 &&
      EVP_DecryptUpdate(cipher.get(), out.data(), &length, text->data(), static_cast<int>(text->size())) == 1 &&
      EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(tag->size()), tag->data()) == 1 &&
      EVP_DecryptFinal_ex(cipher.get(), out.data() + length, &final_length) == 1;  // the tag is checked here
  if (!opened) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(out.data()), static_cast<std::size_t>(length + final_length));
}

}  // namespace mienskip
