#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace mienskip {

/// The number of code points, or nullopt for text that is not valid UTF-8 (also overlong forms and
/// UTF-16 surrogates, which PostgreSQL refuses): a tampered form, or a file saved in another
/// encoding.
std::optional<std::size_t> utf8_length(std::string_view text);

}  // namespace mienskip
