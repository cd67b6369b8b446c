#include "core/crypto/sha256.hpp"

#include "core/crypto/hex.hpp"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

namespace mienskip {

std::string sha256_hex(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("OpenSSL could not compute a SHA-256 digest");
  }
  return hex_encode(digest.data(), length);
}

struct Sha256::Context {
  EVP_MD_CTX* md = EVP_MD_CTX_new();
  ~Context() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256() : context_(std::make_unique<Context>()) {
  if (!context_->md || EVP_DigestInit_ex(context_->md, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("OpenSSL could not start a SHA-256 digest");
  }
}

Sha256::~Sha256() = default;

void Sha256::add(std::string_view piece) {
  if (finished_) throw std::logic_error("Sha256::add after hex()");
  if (EVP_DigestUpdate(context_->md, piece.data(), piece.size()) != 1) {
    throw std::runtime_error("OpenSSL could not compute a SHA-256 digest");
  }
}

std::string Sha256::hex() {
  if (finished_) throw std::logic_error("Sha256::hex called twice");
  finished_ = true;
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context_->md, digest.data(), &length) != 1) {
    throw std::runtime_error("OpenSSL could not compute a SHA-256 digest");
  }
  return hex_encode(digest.data(), length);
}

}  // namespace mienskip
