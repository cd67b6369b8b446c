#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mienskip {

/// `prefix` followed by `bytes` bytes from OpenSSL's generator in hex: identifiers nobody can guess
/// (response ids, form keys).
std::string random_token(std::string_view prefix, std::size_t bytes = 16);

}  // namespace mienskip
