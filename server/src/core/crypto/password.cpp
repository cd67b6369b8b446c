#include "core/crypto/password.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <vector>

#include "core/base/error.hpp"

namespace mienskip {

namespace {

constexpr int log2_n = 15;
constexpr std::uint64_t r = 8, p = 1;
constexpr std::size_t salt_bytes = 16, hash_bytes = 32;
// scrypt needs 128 * N * r bytes (32 MiB here); OpenSSL's default ceiling is exactly that, so raise it.
constexpr std::uint64_t max_memory = 64ull * 1024 * 1024;

std::string hex(const std::vector<unsigned char>& bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string text;
  for (unsigned char b : bytes) {
    text.push_back(digits[b >> 4]);
    text.push_back(digits[b & 15]);
  }
  return text;
}

bool unhex(const std::string& text, std::vector<unsigned char>& bytes) {
  if (text.size() % 2) return false;
  bytes.clear();
  for (std::size_t i = 0; i < text.size(); i += 2) {
    auto value = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
    const int high = value(text[i]), low = value(text[i + 1]);
    if (high < 0 || low < 0) return false;
    bytes.push_back(static_cast<unsigned char>(high * 16 + low));
  }
  return true;
}

std::vector<unsigned char> scrypt(std::string_view password, const std::vector<unsigned char>& salt, int log_n,
                                  std::uint64_t block, std::uint64_t parallel, std::size_t length) {
  std::vector<unsigned char> out(length);
  if (EVP_PBE_scrypt(password.data(), password.size(), salt.data(), salt.size(), 1ull << log_n, block, parallel,
                     max_memory, out.data(), out.size()) != 1) {
    throw Error(error_codes::crypto_failed, "the password could not be processed");
  }
  return out;
}

}  // namespace

std::string hash_password(std::string_view password) {
  std::vector<unsigned char> salt(salt_bytes);
  if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1) {
    throw Error(error_codes::random_unavailable, "the system's random generator failed");
  }
  return "scrypt$" + std::to_string(log2_n) + "$" + std::to_string(r) + "$" + std::to_string(p) + "$" + hex(salt) +
         "$" + hex(scrypt(password, salt, log2_n, r, p, hash_bytes));
}

std::string unmatched_password_hash() {
  // A salt and hash of zeros, of the lengths hash_password writes: finding a password whose hash
  // is all zeros is as hard as inverting scrypt.
  return "scrypt$" + std::to_string(log2_n) + "$" + std::to_string(r) + "$" + std::to_string(p) + "$" +
         std::string(2 * salt_bytes, '0') + "$" + std::string(2 * hash_bytes, '0');
}

bool verify_password(std::string_view password, const std::string& stored) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t end; (end = stored.find('$', start)) != std::string::npos; start = end + 1) {
    parts.push_back(stored.substr(start, end - start));
  }
  parts.push_back(stored.substr(start));
  if (parts.size() != 6 || parts[0] != "scrypt") return false;
  std::vector<unsigned char> salt, expected;
  if (!unhex(parts[4], salt) || !unhex(parts[5], expected) || expected.empty()) return false;
  try {
    const int log_n = std::stoi(parts[1]);
    const auto block = std::stoull(parts[2]), parallel = std::stoull(parts[3]);
    if (log_n < 10 || log_n > 20 || block < 1 || block > 32 || parallel < 1 || parallel > 16) return false;
    const auto actual = scrypt(password, salt, log_n, block, parallel, expected.size());
    return CRYPTO_memcmp(actual.data(), expected.data(), expected.size()) == 0;
  } catch (const std::exception&) {
    return false;
  }
}

void check_password_strength(std::string_view password) {
  if (password.size() < 12) {
    throw Error(error_codes::weak_password, "A password must have at least 12 characters; a sentence of a few words is easiest.");
  }
  if (password.size() > 1000) throw Error(error_codes::weak_password, "A password may have at most 1000 characters.");
}

}  // namespace mienskip
