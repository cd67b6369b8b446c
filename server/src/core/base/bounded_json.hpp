#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>

namespace mienskip {

/// How much structure a JSON text from outside may have. A body within the size limit can still
/// nest 400,000 arrays deep, and copying or printing such a value recurses once per level and
/// overflows the stack: so depth and the number of values are counted while parsing, before any
/// value is built beyond them.
struct JsonLimits {
  int max_depth = 32;              // objects and arrays inside each other
  std::size_t max_values = 50000;  // every value, member and array item counted once
};

/// Parses `text` within `limits`. Throws Error `json_too_deep` or `json_too_large` (both 400) the
/// moment a limit is passed, and Error `invalid_json` for text that is not JSON (UTF-8 checked) or
/// that holds a number beyond a double's range.
nlohmann::json parse_bounded_json(std::string_view text, const JsonLimits& limits = {});

}  // namespace mienskip
