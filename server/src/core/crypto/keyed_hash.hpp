#pragma once

#include <string>
#include <string_view>

namespace mienskip {

/// HMAC-SHA256 of `message` under `key`, in lower-case hex: how Mienskip stores what must be
/// recognised again but never read back (invitation codes, unknown login addresses). Callers
/// prefix the message with their own domain so that two kinds of input never share a hash.
/// Throws Error `crypto_failed` (with `what`) if OpenSSL fails.
std::string keyed_hash_hex(std::string_view key, std::string_view message, std::string_view what);

}  // namespace mienskip
