#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/csv.hpp"

namespace mienskip {

/// Population figures for one weighting variable, in file order.
struct Margin {
  std::string variable;
  std::vector<std::string> categories;
  std::vector<double> population;  // counts, or shares when the file gives shares
};

struct Margins {
  std::vector<Margin> variables;
  bool shares = false;  // `share` column instead of `population_count`: population size unknown
};

/// Reads `variable,category,population_count` (or `share`). Throws Error `invalid_margins` for a
/// missing column, a duplicate category, or a count that is not a non-negative number.
Margins parse_margins(const CsvTable& table);

}  // namespace mienskip
