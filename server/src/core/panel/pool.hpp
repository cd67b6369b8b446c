#pragma once

#include <string>
#include <vector>

#include "core/base/csv.hpp"

namespace mienskip {

/// One quota category (e.g. gender) with its values and the seats each value may take.
struct QuotaCategory {
  std::string name;
  std::vector<std::string> values;
  std::vector<int> min;
  std::vector<int> max;
  // How far the quotas may be relaxed when they cannot all be met (Sortition Foundation's
  // min_flex/max_flex); without them a quota may go down to 0 and up to the panel size.
  std::vector<int> min_flex;
  std::vector<int> max_flex;
};

/// The volunteers a panel is selected from, with the quotas it must meet.
struct Pool {
  std::vector<QuotaCategory> categories;
  std::vector<std::string> ids;                 // pseudonymous volunteer ids
  std::vector<std::vector<int>> values;         // [volunteer][category] index into values
  std::vector<int> household;                   // [volunteer] household number, or empty
  std::string input_sha256;                     // of the canonical inputs, for the receipt
  // What was read loosely - a column or value written in another case or with spaces, as the
  // Sortition Foundation's library accepts it - one sentence each, for whoever runs the selection
  // to check. Not part of the hash: the pool is the same as if it had been written exactly.
  std::vector<std::string> warnings;
};

/// The replication format of Flanigan et al.: categories.csv (category,feature,min,max) and
/// respondents.csv (one column per category, one row per volunteer; ids are row numbers).
Pool read_replication_pool(const CsvTable& categories, const CsvTable& respondents);

/// The Sortition Foundation format: features.csv (feature,value,min,max[,min_flex,max_flex]) and
/// candidates.csv with an id column (`id`, `nationbuilder_id` or the one named) and one column
/// per feature; other columns (names, addresses) are ignored and not kept. Column names and values
/// are read as written, or else - as that library reads them - without regard to case or spaces
/// around them when exactly one matches; Pool::warnings names each such reading.
/// `household_columns` (e.g. primary_address1,primary_zip) make volunteers who share them one
/// household, of which at most one may sit on the panel. A field or column name that is one
/// apostrophe before a text that starts like a formula is read without it (core/base/csv_cell's
/// without_csv_apostrophe): that apostrophe is how the forum's published files keep such a
/// text from running in a spreadsheet.
Pool read_foundation_pool(const CsvTable& features, const CsvTable& candidates,
                          const std::string& id_column = "",
                          const std::vector<std::string>& household_columns = {});

/// Normalises a household key part: case, spaces, and Dutch postcodes ("1234ab" -> "1234 AB").
std::string normalise_household_part(const std::string& text);

}  // namespace mienskip
