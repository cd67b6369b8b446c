#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/weighting/raking.hpp"
#include "core/weighting/weighting_input.hpp"

namespace mienskip {

/// The weighing options people type, read and checked by one piece of code for both places they
/// are typed: `mienskip weigh` (--vars, --lower and --upper) and the results API (`variables`,
/// `bounds`). Each function names the option as the caller spells it (`origin`) and throws
/// Error `code` (`usage` on the command line, `invalid_option` in the API) with a message that
/// says what would be right.

/// Weighting variables: at least one, each a variable of the margins, none twice; in the order given.
std::vector<std::string> parse_weighting_variables(std::string_view text, const Margins& margins,
                                                   const std::string& origin, const std::string& code);

/// Weight bounds as multiples of the mean weight: the lower bound at least 0 and below 1, the
/// upper bound above 1 (so bounds that leave no room around the mean, or that cross, are refused
/// before any weighting). Whether the respondents can meet them is raking's check
/// (`bounds_infeasible`).
WeightBounds parse_weight_bounds(std::string_view lower, std::string_view upper, const std::string& lower_origin,
                                 const std::string& upper_origin, const std::string& code);

}  // namespace mienskip
