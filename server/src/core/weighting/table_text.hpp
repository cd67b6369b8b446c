#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// How the weighting reads the cells of the margins and respondents files: shared by both readers.
namespace mienskip::table_text {

/// `text` without leading and trailing spaces and tabs, without copying: every cell of a file of
/// 100,000 respondents passes here.
std::string_view trimmed(std::string_view text);

/// A finite number, or nullopt.
std::optional<double> parse_number(std::string_view text);

/// Empty, `NA`, or `prefer_not_to_say` (how `mienskip survey export` writes a declined
/// demographic question).
bool is_missing(std::string_view text);

/// "a, b, c" with at most `limit` items, then "and N more".
std::string join(const std::vector<std::string>& items, std::size_t limit = 10);

}  // namespace mienskip::table_text
