#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mienskip {

/// Bytes as lower-case hexadecimal, two characters a byte: how digests, salts and sealed secrets
/// are written into text columns and files.
std::string hex_encode(const unsigned char* bytes, std::size_t size);
std::string hex_encode(const std::vector<unsigned char>& bytes);

/// The bytes of lower-case hexadecimal text; nullopt for an odd length or any other character.
std::optional<std::vector<unsigned char>> hex_decode(std::string_view text);

}  // namespace mienskip
