#pragma once

#include <string>
#include <string_view>

namespace mienskip {

/// SHA-256 of `data` as 64 lower-case hexadecimal characters (OpenSSL's implementation).
std::string sha256_hex(std::string_view data);

}  // namespace mienskip
