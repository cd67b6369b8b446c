#pragma once

#include <string>
#include <string_view>

namespace mienskip {

/// Passwords of staff accounts, stored as `scrypt$<log2 N>$<r>$<p>$<salt hex>$<hash hex>`
/// (OpenSSL's EVP_PBE_scrypt, N = 2^15, r = 8, p = 1, a 16-byte random salt per password, 32-byte
/// hash): slow enough to make guessing a stolen hash expensive, fast enough (~0.1 s) for a login.
std::string hash_password(std::string_view password);

/// Whether `password` matches a stored hash (compared in constant time). False for a malformed
/// stored value.
bool verify_password(std::string_view password, const std::string& stored);

/// A stored hash of the current form and cost that no password matches: checking a password
/// against it takes as long as against an account's, so a login with an unknown address is not
/// answered faster.
std::string unmatched_password_hash();

/// Refuses a password too weak for an account that runs a lottery (Error `weak_password`).
void check_password_strength(std::string_view password);

}  // namespace mienskip
