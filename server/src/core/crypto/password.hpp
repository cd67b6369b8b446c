#pragma once

#include <string>
#include <string_view>

namespace mienskip {

/// Passwords of staff accounts, stored as `scrypt$<log2 N>$<r>$<p>$<salt hex>$<hash hex>`
/// (OpenSSL's EVP_PBE_scrypt, N = 2^17, r = 8, p = 1 as OWASP recommends, a 16-byte random salt
/// per password, 32-byte hash): 128 MiB and ~0.8 s per check on one core, which makes guessing a
/// stolen hash expensive and is still quick enough for a login.
std::string hash_password(std::string_view password);

/// Whether `password` matches a stored hash (compared in constant time). False for a malformed
/// stored value.
bool verify_password(std::string_view password, const std::string& stored);

/// Whether a stored hash was made with weaker parameters than hash_password uses today (an older
/// version of this program): the login that proves the password replaces it (app::StaffLogin).
bool password_needs_rehash(const std::string& stored);

/// A stored hash of the current form and cost that no password matches: checking a password
/// against it takes as long as against an account's, so a login with an unknown address is not
/// answered faster.
std::string unmatched_password_hash();

}  // namespace mienskip
