#include "core/crypto/sealed_secret.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>
#include <vector>

#include "core/base/error.hpp"

namespace mienskip {

namespace {

using Bytes = std::vector<unsigned char>;
constexpr std::size_t nonce_bytes = 12, tag_bytes = 16;

Bytes derived_key(std::string_view server_secret, std::string_view purpose) {
  Bytes key(32);
  unsigned int length = 0;
  const std::string message = "mienskip-sealed-secret:" + std::string(purpose);
  if (HMAC(EVP_sha256(), server_secret.data(), static_cast<int>(server_secret.size()),
           reinterpret_cast<const unsigned char*>(message.data()), message.size(), key.data(), &length) == nullptr) {
    throw Error(error_codes::crypto_failed, "a secret could not be sealed");
  }
  return key;
}

std::string hex(const Bytes& bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string text;
  for (unsigned char b : bytes) text += {digits[b >> 4], digits[b & 15]};
  return text;
}

std::optional<Bytes> unhex(std::string_view text) {
  if (text.size() % 2) return std::nullopt;
  Bytes bytes;
  auto value = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
  for (std::size_t i = 0; i < text.size(); i += 2) {
    const int high = value(text[i]), low = value(text[i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    bytes.push_back(static_cast<unsigned char>(high * 16 + low));
  }
  return bytes;
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
  return "v1$" + hex(nonce) + "$" + hex(out) + "$" + hex(tag);
}

std::optional<std::string> open_secret(std::string_view server_secret, std::string_view purpose,
                                       std::string_view bound_to, std::string_view sealed) {
  if (sealed.substr(0, 3) != "v1$") return std::nullopt;
  const auto rest = sealed.substr(3);
  const auto first = rest.find('$'), second = rest.find('$', first == std::string_view::npos ? first : first + 1);
  if (first == std::string_view::npos || second == std::string_view::npos) return std::nullopt;
  auto nonce = unhex(rest.substr(0, first));
  auto text = unhex(rest.substr(first + 1, second - first - 1));
  auto tag = unhex(rest.substr(second + 1));
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
