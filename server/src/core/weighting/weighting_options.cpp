#include "core/weighting/weighting_options.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"

namespace mienskip {

namespace {

std::optional<double> decimal(std::string_view text) {
  const std::string t = trim(text);
  double value = 0;
  const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (t.empty() || error != std::errc() || end != t.data() + t.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string variable_list(const Margins& margins) {
  std::string text;
  for (const auto& margin : margins.variables) text += (text.empty() ? "" : ", ") + margin.variable;
  return text;
}

}  // namespace

std::vector<std::string> parse_weighting_variables(std::string_view text, const Margins& margins,
                                                   const std::string& origin, const std::string& code) {
  const auto names = split_names(text);
  if (names.empty()) {
    throw Error(code, origin + " names no variable: give one or more of " + variable_list(margins) +
                          ", separated by commas");
  }
  for (auto name = names.begin(); name != names.end(); ++name) {
    const bool in_margins = std::any_of(margins.variables.begin(), margins.variables.end(),
                                        [&](const Margin& m) { return m.variable == *name; });
    if (!in_margins) {
      throw Error(code, origin + ": '" + *name + "' is not a variable of the population margins (" +
                            variable_list(margins) + ")");
    }
    if (std::find(names.begin(), name, *name) != name) throw Error(code, origin + " names '" + *name + "' twice");
  }
  return names;
}

WeightBounds parse_weight_bounds(std::string_view lower, std::string_view upper, const std::string& lower_origin,
                                 const std::string& upper_origin, const std::string& code) {
  // Multiples of the mean weight: only a lower bound below 1 and an upper bound above 1 leave the
  // weights room to move around their mean of 1.
  const auto low = decimal(lower);
  if (!low || *low < 0 || *low >= 1) {
    throw Error(code, lower_origin + " is a multiple of the mean weight and must be a number from 0 to below 1, not '" +
                          std::string(lower) + "'");
  }
  const auto high = decimal(upper);
  if (!high || *high <= 1) {
    throw Error(code, upper_origin + " is a multiple of the mean weight and must be a number above 1, not '" +
                          std::string(upper) + "'");
  }
  return {*low, *high};
}

}  // namespace mienskip
