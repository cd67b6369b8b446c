#include "core/accounts/recovery_codes.hpp"

#include <openssl/rand.h>

#include "core/base/error.hpp"
#include "core/crypto/keyed_hash.hpp"

namespace mienskip {

namespace {

// 30 characters without 0/o, 1/l/i and u, so that a code copied from paper is read as it was
// printed: 16 of them hold 78 random bits.
constexpr std::string_view letters = "23456789abcdefghjkmnpqrstvwxyz";
constexpr std::size_t code_characters = 16;

}  // namespace

std::vector<std::string> new_recovery_codes() {
  std::vector<std::string> codes;
  for (std::size_t n = 0; n < recovery_code_count; ++n) {
    std::string code;
    while (code.size() < code_characters + code_characters / 4 - 1) {
      unsigned char byte = 0;
      if (RAND_bytes(&byte, 1) != 1) throw Error(error_codes::random_unavailable, "the system's random generator failed");
      // Rejection sampling keeps every character equally likely: 30 letters, bytes below 240.
      if (byte >= 240) continue;
      if (code.size() % 5 == 4) code += '-';
      code += letters[byte % letters.size()];
    }
    codes.push_back(code);
  }
  return codes;
}

std::optional<std::string> normalise_recovery_code(std::string_view typed) {
  std::string code;
  for (const char c : typed) {
    if (c == ' ' || c == '-') continue;
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (letters.find(lower) == std::string_view::npos || code.size() == code_characters) return std::nullopt;
    code += lower;
  }
  if (code.size() != code_characters) return std::nullopt;
  return code;
}

std::string recovery_code_hash(std::string_view server_secret, long long account_id, std::string_view normalised) {
  return keyed_hash_hex(server_secret, "mienskip-recovery-code:" + std::to_string(account_id) + ":" + std::string(normalised),
                        "a recovery code");
}

}  // namespace mienskip
