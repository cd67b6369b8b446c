// What staff type at sign-in and set-up, and what the database hands back sealed: a new password
// (check_password_strength), a code (a TOTP code or a recovery code) and a sealed key. Whatever
// arrives, a password is accepted or refused as weak_password, nothing else; a code matches a step
// next to now or nothing; a recovery code read is 16 characters of its alphabet; and junk never
// opens as a key.
#include <ctime>

#include "core/accounts/password_policy.hpp"
#include "core/accounts/recovery_codes.hpp"
#include "core/base/error.hpp"
#include "core/crypto/sealed_secret.hpp"
#include "core/crypto/totp.hpp"
#include "support.hpp"

using namespace mienskip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = fuzz::text_of(data, size);
  try {
    check_password_strength(input, "jan.de.vries@gemeente.frl");
  } catch (const Error& e) {
    fuzz::require(e.code() == "weak_password" && e.params().size() == 1);
  }
  const std::time_t now = 1234567890;
  if (const auto step = totp_step_of("12345678901234567890", input, now, std::nullopt)) {
    fuzz::require(*step >= now / 30 - 1 && *step <= now / 30 + 1);
  }
  if (const auto code = normalise_recovery_code(input)) {
    fuzz::require(code->size() == 16 && code->find_first_not_of("23456789abcdefghjkmnpqrstvwxyz") == std::string::npos);
  }
  fuzz::require(!open_secret("fuzz-secret-0123456789abcdef-0123456789", "totp-key", "1", input));
  return 0;
}
