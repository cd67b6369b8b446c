#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mienskip {

/// A CSV file as read: the header and the records, every field as text.
struct CsvTable {
  std::string file_name;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<long> row_lines;  // the line on which each record starts, for error messages

  /// Index of a header column, or -1.
  int column(std::string_view name) const;
};

/// Parses RFC 4180 CSV: comma-separated (or `;`-separated when the header line has semicolons and
/// no commas, as Dutch Excel writes), fields optionally in double quotes with "" for a quote,
/// CRLF or LF line ends, an optional UTF-8 byte order mark. Header names are trimmed; blank lines
/// are skipped. Throws Error `csv_malformed` naming the line for an unterminated quote or a record
/// whose number of fields differs from the header's.
CsvTable parse_csv(std::string_view text, const std::string& file_name);

/// `text` as one CSV field: in double quotes (with quotes doubled) when it holds the separator (a
/// comma, or `;` for Dutch Excel), a quote or a line break, as it is otherwise.
std::string csv_field(std::string_view text, char separator = ',');

/// The names in a comma-separated list ("age, gender"), trimmed; empty items are left out.
std::vector<std::string> split_names(std::string_view text);

/// `text` without leading and trailing spaces and tabs.
std::string trim(std::string_view text);

}  // namespace mienskip
