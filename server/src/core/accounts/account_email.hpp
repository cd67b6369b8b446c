#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mienskip {

/// The longest e-mail address a staff account may have, in bytes (RFC 5321's limit on a path,
/// less its angle brackets).
inline constexpr std::size_t max_account_email_bytes = 254;

/// An e-mail address as staff type it (to log in, or when an account is made), made canonical:
/// spaces around it removed, ASCII letters in lower case. nullopt when it cannot be an account's
/// address: longer than max_account_email_bytes, not UTF-8, with white space or control
/// characters, or not of the form `name@domain.tld` (what the accounts table accepts).
std::optional<std::string> normalise_account_email(std::string_view typed);

/// How the audit log names an address no account has: HMAC-SHA256 under the server secret, in
/// hex. Attempts at the same address get the same name, but the log never keeps the text typed
/// (which may be a password typed into the wrong box), and without the secret it cannot be
/// guessed back.
std::string unknown_email_hash(std::string_view secret, std::string_view normalised_email);

}  // namespace mienskip
