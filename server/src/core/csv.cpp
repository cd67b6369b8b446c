#include "core/csv.hpp"

#include "core/error.hpp"

namespace mienskip {

int CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string> split_names(std::string_view text) {
  std::vector<std::string> names;
  while (true) {
    const auto comma = text.find(',');
    std::string name = trim(text.substr(0, comma));
    if (!name.empty()) names.push_back(std::move(name));
    if (comma == std::string_view::npos) return names;
    text.remove_prefix(comma + 1);
  }
}

std::string csv_field(std::string_view text, char separator) {
  const char special[] = {separator, '"', '\r', '\n', '\0'};
  if (text.find_first_of(special) == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  return quoted + "\"";
}

namespace {

char detect_separator(std::string_view text) {
  const auto end = text.find('\n');
  const std::string_view first_line = text.substr(0, end);
  const bool commas = first_line.find(',') != std::string_view::npos;
  const bool semicolons = first_line.find(';') != std::string_view::npos;
  return (semicolons && !commas) ? ';' : ',';
}

}  // namespace

CsvTable parse_csv(std::string_view text, const std::string& file_name) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const char separator = detect_separator(text);

  CsvTable table;
  table.file_name = file_name;
  std::vector<std::string> record;
  std::string field;
  long line = 1;
  long record_line = 1;
  bool in_quotes = false;
  bool field_was_quoted = false;
  bool record_has_content = false;

  auto finish_record = [&] {
    record.push_back(std::move(field));
    field.clear();
    const bool blank = record.size() == 1 && record[0].empty() && !field_was_quoted;
    field_was_quoted = false;
    if (!blank) {
      if (table.header.empty()) {
        for (auto& name : record) table.header.push_back(trim(name));
      } else if (record.size() != table.header.size()) {
        throw Error("csv_malformed",
                    "this line has " + std::to_string(record.size()) + " fields, the header has " +
                        std::to_string(table.header.size()),
                    Location{file_name, record_line, ""});
      } else {
        table.rows.push_back(std::move(record));
        table.row_lines.push_back(record_line);
      }
    }
    record.clear();
    record_has_content = false;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    if (!record_has_content) {
      record_line = line;
      record_has_content = true;
    }
    if (c == '"' && trim(field).empty()) {
      field.clear();
      in_quotes = true;
      field_was_quoted = true;
    } else if (c == separator) {
      record.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      if (!field.empty() && field.back() == '\r') field.pop_back();
      finish_record();
      ++line;
    } else {
      field.push_back(c);
    }
  }
  if (in_quotes) {
    throw Error("csv_malformed", "a quoted field is not closed",
                Location{file_name, record_line, ""});
  }
  if (record_has_content) {
    if (!field.empty() && field.back() == '\r') field.pop_back();
    finish_record();
  }
  if (table.header.empty()) throw Error("csv_malformed", "the file is empty", Location{file_name});
  return table;
}

}  // namespace mienskip
