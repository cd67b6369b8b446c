// Population margins for weighting (`mienskip weigh --margins`, and staff's upload): CSV with
// variable, category and population_count (or share). Refusals are Errors invalid_margins and
// csv_malformed. Margins read must be what raking divides by: positive, finite totals.
#include <cmath>

#include "core/base/error.hpp"
#include "core/weighting/weighting_input.hpp"
#include "support.hpp"

using namespace mienskip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Margins margins;
  try {
    margins = parse_margins(parse_csv(fuzz::text_of(data, size), "margins.csv"));
  } catch (const Error& e) {
    fuzz::require(e.code() == "invalid_margins" || e.code() == "csv_malformed");
    return 0;
  }
  fuzz::require(!margins.variables.empty());
  for (const auto& margin : margins.variables) {
    fuzz::require(!margin.variable.empty() && !margin.categories.empty());
    fuzz::require(margin.categories.size() == margin.population.size());
    double total = 0;
    for (const double p : margin.population) {
      fuzz::require(std::isfinite(p) && p >= 0);
      total += p;
    }
    fuzz::require(std::isfinite(total) && total > 0);
  }
  return 0;
}
