#include "core/weighting/weighting_input.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

#include "core/base/error.hpp"
#include "core/weighting/table_text.hpp"

namespace mienskip {

using namespace table_text;

Margins parse_margins(const CsvTable& table) {
  const int variable = table.column("variable");
  const int category = table.column("category");
  int value = table.column("population_count");
  Margins margins;
  if (value < 0) {
    value = table.column("share");
    margins.shares = true;
  }
  if (variable < 0 || category < 0 || value < 0) {
    throw Error(error_codes::invalid_margins,
                "the margins need the columns variable, category and population_count (or share)",
                Location{table.file_name});
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    const Location where{table.file_name, table.row_lines[r], ""};
    const std::string name = trim(row[variable]);
    const std::string label = trim(row[category]);
    if (name.empty() || label.empty()) {
      throw Error(error_codes::invalid_margins, "variable and category must not be empty", where);
    }
    const auto number = parse_number(row[value]);
    if (!number || *number < 0) {
      throw Error(error_codes::invalid_margins,
                  "'" + row[value] + "' is not a population figure (a number of 0 or more)",
                  Location{table.file_name, table.row_lines[r], table.header[value]});
    }
    auto found = std::find_if(margins.variables.begin(), margins.variables.end(),
                              [&](const Margin& m) { return m.variable == name; });
    if (found == margins.variables.end()) {
      margins.variables.push_back({name, {}, {}});
      found = margins.variables.end() - 1;
    }
    if (std::find(found->categories.begin(), found->categories.end(), label) !=
        found->categories.end()) {
      throw Error(error_codes::invalid_margins, "category '" + label + "' of '" + name + "' appears twice",
                  where);
    }
    found->categories.push_back(label);
    found->population.push_back(*number);
  }
  if (margins.variables.empty()) {
    throw Error(error_codes::invalid_margins, "the margins file has no rows", Location{table.file_name});
  }
  for (const auto& margin : margins.variables) {
    double total = 0;
    for (double p : margin.population) total += p;
    if (!(total > 0)) {
      throw Error(error_codes::invalid_margins, "the population of '" + margin.variable + "' adds up to 0",
                  Location{table.file_name});
    }
    // Each figure is finite, but their sum need not be: an infinite total would turn every
    // weight into NaN when raking rescales by it.
    if (!std::isfinite(total)) {
      throw Error(error_codes::invalid_margins,
                  "the population of '" + margin.variable +
                      "' adds up to more than can be computed with; give counts or shares of a realistic size",
                  Location{table.file_name});
    }
  }
  return margins;
}

}  // namespace mienskip
