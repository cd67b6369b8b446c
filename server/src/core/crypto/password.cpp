#include "core/crypto/password.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <optional>
#include <utility>
#include <vector>

#include "core/base/error.hpp"
#include "core/crypto/hex.hpp"

namespace mienskip {

namespace {

// OWASP's Password Storage Cheat Sheet (2025): scrypt with N = 2^17, r = 8, p = 1 at least.
constexpr int log2_n = 17;
constexpr std::uint64_t r = 8, p = 1;
constexpr std::size_t salt_bytes = 16, hash_bytes = 32;
// scrypt needs 128 * N * r bytes (128 MiB here), above OpenSSL's default ceiling of 32 MiB.
constexpr std::uint64_t max_memory = 256ull * 1024 * 1024;

struct StoredHash {
  int log_n = 0;
  std::uint64_t block = 0, parallel = 0;
  std::vector<unsigned char> salt, hash;
};

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
  return "scrypt$" + std::to_string(log2_n) + "$" + std::to_string(r) + "$" + std::to_string(p) + "$" + hex_encode(salt) +
         "$" + hex_encode(scrypt(password, salt, log2_n, r, p, hash_bytes));
}

std::string unmatched_password_hash() {
  // A salt and hash of zeros, of the lengths hash_password writes: finding a password whose hash
  // is all zeros is as hard as inverting scrypt.
  return "scrypt$" + std::to_string(log2_n) + "$" + std::to_string(r) + "$" + std::to_string(p) + "$" +
         std::string(2 * salt_bytes, '0') + "$" + std::string(2 * hash_bytes, '0');
}

namespace {

// `scrypt$<log2 N>$<r>$<p>$<salt hex>$<hash hex>` with parameters this program will compute.
std::optional<StoredHash> parse_stored(const std::string& stored) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t end; (end = stored.find('$', start)) != std::string::npos; start = end + 1) {
    parts.push_back(stored.substr(start, end - start));
  }
  parts.push_back(stored.substr(start));
  if (parts.size() != 6 || parts[0] != "scrypt") return std::nullopt;
  StoredHash hash;
  auto salt = hex_decode(parts[4]);
  auto digest = hex_decode(parts[5]);
  if (!salt || !digest || digest->empty()) return std::nullopt;
  hash.salt = std::move(*salt);
  hash.hash = std::move(*digest);
  try {
    hash.log_n = std::stoi(parts[1]);
    hash.block = std::stoull(parts[2]);
    hash.parallel = std::stoull(parts[3]);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  // Bounded so a stored value cannot make a check take unbounded memory or time.
  if (hash.log_n < 10 || hash.log_n > 20 || hash.block < 1 || hash.block > 32 || hash.parallel < 1 ||
      hash.parallel > 16 || 128ull * (1ull << hash.log_n) * hash.block > max_memory) {
    return std::nullopt;
  }
  return hash;
}

}  // namespace

bool verify_password(std::string_view password, const std::string& stored) {
  const auto hash = parse_stored(stored);
  if (!hash) return false;
  try {
    const auto actual = scrypt(password, hash->salt, hash->log_n, hash->block, hash->parallel, hash->hash.size());
    return CRYPTO_memcmp(actual.data(), hash->hash.data(), hash->hash.size()) == 0;
  } catch (const std::exception&) {
    return false;
  }
}

bool password_needs_rehash(const std::string& stored) {
  const auto hash = parse_stored(stored);
  return hash && (hash->log_n < log2_n || hash->block < r || hash->parallel < p || hash->salt.size() < salt_bytes ||
                  hash->hash.size() < hash_bytes);
}

}  // namespace mienskip
