// Quotas from facts: a register column's values (one a line, as staff's register holds them)
// read against age bands and against plain values. Whatever the values, every row is counted once
// (in a value or as unmatched), the suggested quotas stay within 0 and the panel, minimum below
// maximum, and a column of many values never names what matched nothing.
#include <map>

#include "core/forum/register_composition.hpp"
#include "support.hpp"

using namespace mienskip;

namespace {

const DutchTime today{2026, 12, 7, 12, 0};

void check(const std::vector<std::string>& category_values, const std::vector<ValueCount>& values, int panel_size) {
  const auto composition = register_composition(category_values, values, panel_size, today);
  long long total = 0, counted = composition.unmatched;
  for (const auto& value : values) total += value.count;
  for (const auto count : composition.counts) counted += count;
  fuzz::require(counted == total);
  fuzz::require(composition.counts.size() == category_values.size() && composition.min.size() == category_values.size());
  for (std::size_t v = 0; v < category_values.size(); ++v) {
    fuzz::require(composition.min[v] >= 0 && composition.min[v] <= composition.max[v] && composition.max[v] <= panel_size);
    fuzz::require(composition.seats[v] >= 0.0 && composition.seats[v] <= panel_size);
  }
  fuzz::require(values.size() <= 30 || composition.unmatched_values.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz::text_of(data, size);
  std::map<std::string, long long> counts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    ++counts[std::string(text.substr(start, end - start))];
    start = end + 1;
  }
  std::vector<ValueCount> values;
  for (const auto& [value, count] : counts) values.push_back({value, count});
  check({"16-34", "35 t/m 64", "65+"}, values, 30);
  check({"vrouw", "man", "Súd"}, values, 1);
  // The column's own first values as the category's, whatever they are (bands or not).
  std::vector<std::string> own;
  for (std::size_t v = 0; v < values.size() && v < 3; ++v) own.push_back(values[v].value);
  if (!own.empty()) check(own, values, 7);
  return 0;
}
