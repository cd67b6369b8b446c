#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "core/weighting/weighting_input.hpp"

namespace mienskip {

/// The label of the category of those kept who skipped a weighting question (sample.hpp).
inline constexpr const char* no_answer_label = "(no answer)";

/// A kept respondent's code for a weighting question they skipped, while the sample is read.
inline constexpr std::uint16_t no_answer_pending = std::numeric_limits<std::uint16_t>::max();

/// Gives `margin` its "(no answer)" category (the last one, population 0 for now), turns the
/// `no_answer_pending` entries of `codes` into it and returns its index. Throws Error
/// `invalid_margins` when the margin already uses the name.
std::uint16_t add_no_answer_category(Margin& margin, std::vector<std::uint16_t>& codes);

/// The population of `margin`'s "(no answer)" category (index `no_answer`): the skippers' share of
/// the respondents times the margin's total; the other categories keep their proportions in the
/// rest. After the margins are rescaled to one total.
void set_no_answer_population(Margin& margin, std::size_t no_answer, double skipped_share);

}  // namespace mienskip
