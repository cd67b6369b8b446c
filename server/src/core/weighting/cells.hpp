#pragma once

#include <cstdint>
#include <vector>

namespace mienskip {

/// Respondents grouped by their combination of categories over the weighting variables.
///
/// Raking gives every respondent in a cell the same weight, and the regression behind the
/// standard errors has the same design row for them, so both work on cells (at most the product
/// of the numbers of categories) instead of on every respondent.
struct Cells {
  std::vector<std::uint32_t> cell_of;             // [respondent]
  std::vector<std::vector<std::uint16_t>> codes;  // [variable][cell]
  std::vector<double> size;                       // [cell] number of respondents
  std::size_t count() const { return size.size(); }
};

Cells group_cells(const std::vector<std::vector<std::uint16_t>>& codes);

}  // namespace mienskip
