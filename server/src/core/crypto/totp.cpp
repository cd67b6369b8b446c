#include "core/crypto/totp.hpp"

#include <liboath/oath.h>
#include <openssl/rand.h>

#include <cstdlib>
#include <memory>

#include "core/base/error.hpp"

namespace mienskip {

namespace {

// liboath keeps no state that matters here, but wants oath_init once per process.
void ensure_oath() {
  static const int ready = oath_init();
  if (ready != OATH_OK) throw Error(error_codes::crypto_failed, "one-time passwords are not available");
}

std::string percent_encoded(std::string_view text) {
  static constexpr char digits[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~' || c == '@') {
      out += c;
    } else {
      out += {'%', digits[u >> 4], digits[u & 15]};
    }
  }
  return out;
}

}  // namespace

std::string new_totp_key() {
  std::string key(20, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), static_cast<int>(key.size())) != 1) {
    throw Error(error_codes::random_unavailable, "the system's random generator failed");
  }
  return key;
}

std::string totp_key_base32(std::string_view key) {
  ensure_oath();
  char* encoded = nullptr;
  std::size_t length = 0;
  if (oath_base32_encode(key.data(), key.size(), &encoded, &length) != OATH_OK) {
    throw Error(error_codes::crypto_failed, "the key could not be written out");
  }
  const std::unique_ptr<char, decltype(&std::free)> owned(encoded, &std::free);
  std::string text(encoded, length);
  while (!text.empty() && text.back() == '=') text.pop_back();
  return text;
}

std::string totp_uri(std::string_view key, std::string_view issuer, std::string_view account) {
  return "otpauth://totp/" + percent_encoded(issuer) + ":" + percent_encoded(account) +
         "?secret=" + totp_key_base32(key) + "&issuer=" + percent_encoded(issuer) +
         "&algorithm=SHA1&digits=" + std::to_string(totp_digits) + "&period=" + std::to_string(totp_step_seconds);
}

std::optional<std::int64_t> totp_step_of(std::string_view key, std::string_view code, std::time_t now,
                                         std::optional<std::int64_t> after_step) {
  std::string digits;
  for (const char c : code) {
    if (c == ' ') continue;
    if (c < '0' || c > '9' || digits.size() == totp_digits) return std::nullopt;
    digits += c;
  }
  if (digits.size() != totp_digits) return std::nullopt;
  ensure_oath();
  // Each of the three steps in turn, so that a code of an earlier step, already used, does not
  // hide the same code at a later one.
  for (const int offset : {-1, 0, 1}) {
    const std::time_t at = now + offset * static_cast<std::time_t>(totp_step_seconds);
    const std::int64_t step = static_cast<std::int64_t>(at) / totp_step_seconds;
    if (after_step && step <= *after_step) continue;
    if (oath_totp_validate(key.data(), key.size(), at, totp_step_seconds, 0, 0, digits.c_str()) == 0) return step;
  }
  return std::nullopt;
}

std::string totp_code(std::string_view key, std::time_t now) {
  ensure_oath();
  char code[totp_digits + 1] = {};
  if (oath_totp_generate(key.data(), key.size(), now, totp_step_seconds, 0, totp_digits, code) != OATH_OK) {
    throw Error(error_codes::crypto_failed, "a one-time password could not be made");
  }
  return code;
}

}  // namespace mienskip
