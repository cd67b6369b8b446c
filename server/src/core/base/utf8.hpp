#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mienskip {

/// The number of code points, or nullopt for text that is not valid UTF-8 (also overlong forms and
/// UTF-16 surrogates, which PostgreSQL refuses): a tampered form, or a file saved in another
/// encoding.
std::optional<std::size_t> utf8_length(std::string_view text);

/// UTF-8 text with the capitals of ASCII and Latin-1 (A-Z, À-Þ but ×) made small, so that
/// "Man", "MAN" and "man", or "Útein" and "útein", compare equal: the letters of Dutch and Frisian
/// answers. Other text is left as it is.
std::string fold_case(std::string_view text);

}  // namespace mienskip
