#pragma once

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace mienskip {

/// Time-based one-time passwords (RFC 6238, with liboath): SHA-1, 6 digits, 30-second steps, as
/// every authenticator app reads them from an otpauth:// address.
inline constexpr unsigned totp_step_seconds = 30;
inline constexpr unsigned totp_digits = 6;

/// A new random key of 20 bytes (RFC 4226's recommendation for SHA-1), as raw bytes.
std::string new_totp_key();

/// The key in base32 without padding, as authenticator apps take it when typed by hand.
std::string totp_key_base32(std::string_view key);

/// `otpauth://totp/<issuer>:<account>?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30`
/// (percent-encoded), what the QR code holds.
std::string totp_uri(std::string_view key, std::string_view issuer, std::string_view account);

/// The time step (Unix time / 30) at which `code` is the key's code, looking one step back and one
/// ahead of `now` for a clock that is a little off; nullopt when it matches none of them, or only
/// at a step at or before `after_step` (a code is accepted once: RFC 6238, section 5.2). Anything
/// but exactly six digits (spaces allowed) matches nothing.
std::optional<std::int64_t> totp_step_of(std::string_view key, std::string_view code, std::time_t now,
                                         std::optional<std::int64_t> after_step);

/// The key's code at `now` (for tests, and for the command-line tool's documentation).
std::string totp_code(std::string_view key, std::time_t now);

}  // namespace mienskip
