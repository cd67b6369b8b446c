#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mienskip {

/// A secret the server must read back (a staff member's TOTP key), stored so that a copy of the
/// database alone does not give it away: AES-256-GCM under a key derived from the server secret
/// (HMAC-SHA256 of `purpose`), with a random 96-bit nonce per sealing and `bound_to` (the account's
/// number) as associated data, so a sealed value copied to another account does not open.
/// Stored as `v1$<nonce hex>$<ciphertext hex>$<tag hex>`.
std::string seal_secret(std::string_view server_secret, std::string_view purpose, std::string_view bound_to,
                        std::string_view plain);

/// The plain secret, or nullopt when `sealed` is malformed, was sealed under another server secret,
/// purpose or binding, or was altered.
std::optional<std::string> open_secret(std::string_view server_secret, std::string_view purpose,
                                       std::string_view bound_to, std::string_view sealed);

}  // namespace mienskip
