#pragma once

#include <string>
#include <vector>

#include "core/base/netherlands_time.hpp"

namespace mienskip {

/// How many rows of the register hold one value of one column.
struct ValueCount {
  std::string value;
  long long count = 0;
};

/// How a register column was read against a quota category's values: as the values themselves
/// (case-blind; a one-letter code such as "V" or "M" as the one value it begins), or as birth
/// dates or years against age bands ("16-34", "65+").
enum class CompositionReading { values, ages };

/// The register's residents over one quota category, and quotas proportional to them.
struct RegisterComposition {
  CompositionReading reading = CompositionReading::values;
  std::vector<long long> counts;      // per category value, in the category's order
  long long unmatched = 0;            // rows whose value is none of the category's values
  /// With at most 30 distinct values (in a municipal register: codes such as gender): the values
  /// that matched nothing, with their counts, most first, so staff see "X" or "onbekend" left out.
  std::vector<ValueCount> unmatched_values;
  std::vector<double> seats;          // panel_size x the value's share of the matched rows
  std::vector<int> min, max;          // suggested: floor(seats) - 1 and ceil(seats) + 1, within 0..panel
};

/// The age band a quota value names: "16-34" (also with an en dash or " t/m "), "65+"; false for
/// anything else. Ages are whole years; `to` is -1 for an open band.
bool age_band(const std::string& text, int& from, int& to);

/// The age on `today` of someone born as `text` says: a date (2001-02-05, 05-02-2001,
/// 05/02/2001, 20010205) or a year (2001: the age reached in today's year); -1 when it is none.
int age_on(const std::string& text, const DutchTime& today);

/// `values` (the distinct values of a register column with their counts) over `category_values`.
/// When every category value is an age band the column is read as birth dates or years;
/// otherwise as the values. Suggested quotas are for a panel of `panel_size`.
RegisterComposition register_composition(const std::vector<std::string>& category_values,
                                         const std::vector<ValueCount>& values, int panel_size,
                                         const DutchTime& today);

}  // namespace mienskip
