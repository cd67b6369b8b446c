#include "core/forum/register_composition.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/base/csv.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

// With at most this many distinct values a municipal register's column holds codes (gender, area)
// and the values that matched nothing may be shown to staff (admins, who may see the register). A
// tiny register can have as few first names: the rule does not make those anonymous.
constexpr std::size_t few_distinct_values = 30;

bool digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

int number(std::string_view text) {
  int n = 0;
  for (const char c : text) n = n * 10 + (c - '0');
  return n;
}

// The whole number `text` is, when it is one of at most three digits.
bool small_number(std::string_view text, int& n) {
  text = trim_view(text);
  if (!digits(text) || text.size() > 3) return false;
  n = number(text);
  return true;
}

struct Birth {
  int year = 0, month = 0, day = 0;  // month and day 0 when only the year is known
};

bool plausible(const Birth& birth, const DutchTime& today) {
  if (birth.year < 1880 || birth.year > today.year) return false;
  if (birth.month == 0) return true;
  return birth.month >= 1 && birth.month <= 12 && birth.day >= 1 && birth.day <= 31;
}

// A birth date or year as registers write it.
bool birth_of(std::string_view text, Birth& birth) {
  text = trim_view(text);
  if (text.size() == 4 && digits(text)) {
    birth = {number(text), 0, 0};
    return true;
  }
  if (text.size() == 8 && digits(text)) {
    birth = {number(text.substr(0, 4)), number(text.substr(4, 2)), number(text.substr(6, 2))};
    return true;
  }
  if (text.size() != 10) return false;
  const char a = text[2], b = text[4];
  if (b == '-' && text[7] == '-' && digits(text.substr(0, 4)) && digits(text.substr(5, 2)) && digits(text.substr(8, 2))) {
    birth = {number(text.substr(0, 4)), number(text.substr(5, 2)), number(text.substr(8, 2))};
    return true;
  }
  if ((a == '-' || a == '/') && text[5] == a && digits(text.substr(0, 2)) && digits(text.substr(3, 2)) &&
      digits(text.substr(6, 4))) {
    birth = {number(text.substr(6, 4)), number(text.substr(3, 2)), number(text.substr(0, 2))};
    return true;
  }
  return false;
}

// The category value a register value is, or -1: the same text but for case, or a one-letter
// code that begins exactly one of the values ("V" for "vrouw").
int matching_value(const std::vector<std::string>& folded_values, const std::string& value) {
  const auto folded = fold_case(trim_view(value));
  for (std::size_t v = 0; v < folded_values.size(); ++v) {
    if (folded_values[v] == folded) return static_cast<int>(v);
  }
  if (folded.size() != 1) return -1;
  int found = -1;
  for (std::size_t v = 0; v < folded_values.size(); ++v) {
    if (!folded_values[v].empty() && folded_values[v][0] == folded[0]) {
      if (found >= 0) return -1;  // two values begin with it: no guess
      found = static_cast<int>(v);
    }
  }
  return found;
}

struct Band {
  int from = 0, to = -1;
};

int band_of(const std::vector<Band>& bands, int age) {
  if (age < 0) return -1;
  for (std::size_t b = 0; b < bands.size(); ++b) {
    if (age >= bands[b].from && (bands[b].to < 0 || age <= bands[b].to)) return static_cast<int>(b);
  }
  return -1;
}

// Quotas around each value's proportional share: a seat either way, so that the lottery has
// room to be fair while the panel stays close to the register.
void suggest(RegisterComposition& composition, int panel_size) {
  long long matched = 0;
  for (const auto count : composition.counts) matched += count;
  for (const auto count : composition.counts) {
    const double seats = matched == 0 ? 0.0 : static_cast<double>(panel_size) * static_cast<double>(count) / static_cast<double>(matched);
    composition.seats.push_back(seats);
    composition.min.push_back(std::max(0, static_cast<int>(std::floor(seats)) - 1));
    composition.max.push_back(std::min(panel_size, static_cast<int>(std::ceil(seats)) + 1));
  }
}

}  // namespace

bool age_band(const std::string& text, int& from, int& to) {
  const std::string_view band = trim_view(text);
  if (!band.empty() && band.back() == '+') {
    to = -1;
    return small_number(band.substr(0, band.size() - 1), from);
  }
  for (const std::string_view separator : {std::string_view(" t/m "), std::string_view("\xE2\x80\x93"), std::string_view("-")}) {
    const auto at = band.find(separator);
    if (at == std::string_view::npos) continue;
    return small_number(band.substr(0, at), from) && small_number(band.substr(at + separator.size()), to) && from <= to;
  }
  return false;
}

int age_on(const std::string& text, const DutchTime& today) {
  Birth birth;
  if (!birth_of(text, birth) || !plausible(birth, today)) return -1;
  int age = today.year - birth.year;
  if (birth.month != 0 && (today.month < birth.month || (today.month == birth.month && today.day < birth.day))) --age;
  return age < 0 ? -1 : age;
}

RegisterComposition register_composition(const std::vector<std::string>& category_values,
                                         const std::vector<ValueCount>& values, int panel_size,
                                         const DutchTime& today) {
  RegisterComposition composition;
  composition.counts.assign(category_values.size(), 0);
  std::vector<Band> bands(category_values.size());
  bool ages = !category_values.empty();
  for (std::size_t v = 0; v < category_values.size() && ages; ++v) ages = age_band(category_values[v], bands[v].from, bands[v].to);
  composition.reading = ages ? CompositionReading::ages : CompositionReading::values;
  std::vector<std::string> folded;
  for (const auto& value : category_values) folded.push_back(fold_case(trim_view(value)));
  for (const auto& [value, count] : values) {
    const int at = ages ? band_of(bands, age_on(value, today)) : matching_value(folded, value);
    if (at >= 0) {
      composition.counts[static_cast<std::size_t>(at)] += count;
    } else {
      composition.unmatched += count;
      if (values.size() <= few_distinct_values) composition.unmatched_values.push_back({value, count});
    }
  }
  std::stable_sort(composition.unmatched_values.begin(), composition.unmatched_values.end(),
                   [](const ValueCount& a, const ValueCount& b) { return a.count > b.count; });
  suggest(composition, panel_size);
  return composition;
}

}  // namespace mienskip
