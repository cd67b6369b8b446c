#include "core/base/csv.hpp"

#include <algorithm>

#include "core/base/error.hpp"

namespace mienskip {

int CsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

std::string_view trim_view(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::string trim(std::string_view text) { return std::string(trim_view(text)); }

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

namespace {

// The characters that make a field need quotes: the separator, a quote and line breaks.
struct QuoteTable {
  constexpr explicit QuoteTable(char separator) {
    special[static_cast<unsigned char>(separator)] = true;
    special[static_cast<unsigned char>('"')] = special[static_cast<unsigned char>('\r')] =
        special[static_cast<unsigned char>('\n')] = true;
  }
  bool special[256] = {};
};

}  // namespace

void append_csv_field(std::string& out, std::string_view text, char separator) {
  // One table look-up per character (find_first_of makes a call per character): an export of
  // 100,000 responses has two million fields.
  static constexpr QuoteTable comma(','), semicolon(';');
  bool needs_quotes = false;
  if (separator == ',' || separator == ';') {
    const bool* special = (separator == ',' ? comma : semicolon).special;
    needs_quotes = std::any_of(text.begin(), text.end(),
                               [special](char c) { return special[static_cast<unsigned char>(c)]; });
  } else {
    needs_quotes = std::any_of(text.begin(), text.end(), [separator](char c) {
      return c == separator || c == '"' || c == '\r' || c == '\n';
    });
  }
  if (!needs_quotes) {
    out.append(text);
    return;
  }
  out.push_back('"');
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

std::string csv_field(std::string_view text, char separator) {
  std::string field;
  append_csv_field(field, text, separator);
  return field;
}

namespace {

char detect_separator(std::string_view text) {
  const auto end = text.find('\n');
  const std::string_view first_line = text.substr(0, end);
  const bool commas = first_line.find(',') != std::string_view::npos;
  const bool semicolons = first_line.find(';') != std::string_view::npos;
  return (semicolons && !commas) ? ';' : ',';
}

bool only_blanks(const std::string& text) { return text.find_first_not_of(" \t") == std::string::npos; }

}  // namespace

CsvReader::CsvReader(std::string file_name, RecordSink on_record, std::size_t max_first_line)
    : file_name_(std::move(file_name)), on_record_(std::move(on_record)), max_first_line_(max_first_line) {}

void CsvReader::feed(std::string_view piece) {
  if (started_) return consume(piece);
  const auto end = piece.find('\n');
  if (end == std::string_view::npos) {
    first_line_.append(piece);
    if (first_line_.size() > max_first_line_) {
      throw Error(error_codes::csv_malformed, "the first line is longer than " + std::to_string(max_first_line_) + " bytes",
                  Location{file_name_, 1, ""}, {{"reason", "first_line_too_long"}, {"bytes", std::to_string(max_first_line_)}});
    }
    return;
  }
  // Usually the first piece holds the whole first line: read it in place. Otherwise only the
  // first line is put together, never the rest of the file.
  if (first_line_.empty()) return start(piece);
  first_line_.append(piece.substr(0, end + 1));
  start(first_line_);
  consume(piece.substr(end + 1));
}

void CsvReader::start(std::string_view text) {
  started_ = true;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
    decoder_.byte_order_mark();
  }
  separator_ = detect_separator(text);
  special_[static_cast<unsigned char>(separator_)] = special_[static_cast<unsigned char>('\n')] =
      special_[static_cast<unsigned char>('"')] = true;
  consume(text);
  first_line_.clear();
  first_line_.shrink_to_fit();
}

void CsvReader::finish_record() {
  record_.push_back(std::move(field_));
  field_.clear();
  const bool blank = record_.size() == 1 && record_[0].empty() && !field_was_quoted_;
  field_was_quoted_ = false;
  const auto fields = record_.size();
  if (!blank) {
    for (auto& field : record_) decoder_.decode(field);
    on_record_(record_, record_line_);
  }
  record_.clear();
  record_.reserve(fields);  // the sink may have taken the vector itself
  record_has_content_ = false;
}

void CsvReader::consume(std::string_view text) {
  // Runs of ordinary characters are found with a table and copied at once: the results API reads
  // an export of every response on every request.
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    if (quote_in_quotes_) {
      quote_in_quotes_ = false;
      if (text[i] == '"') {
        field_.push_back('"');
        ++i;
        continue;
      }
      in_quotes_ = false;  // that quote closed the field; this character is read as usual
    } else if (in_quotes_) {
      const auto close = text.find('"', i);
      const auto part = text.substr(i, close == std::string_view::npos ? size - i : close - i);
      line_ += std::count(part.begin(), part.end(), '\n');
      field_.append(part);
      if (close == std::string_view::npos) return;
      quote_in_quotes_ = true;
      i = close + 1;
      continue;
    }
    if (!record_has_content_) {
      record_line_ = line_;
      record_has_content_ = true;
    }
    std::size_t end = i;
    while (end < size && !special_[static_cast<unsigned char>(text[end])]) ++end;
    if (end < size && text[end] == separator_ && field_.empty()) {
      // The common case, a plain field: made once, in place.
      record_.emplace_back(text.data() + i, end - i);
      i = end + 1;
      continue;
    }
    field_.append(text.data() + i, end - i);
    if (end == size) return;
    const char c = text[end];
    i = end + 1;
    if (c == '"' && only_blanks(field_)) {
      field_.clear();
      in_quotes_ = true;
      field_was_quoted_ = true;
    } else if (c == '"') {
      field_.push_back('"');
    } else if (c == separator_) {
      record_.push_back(std::move(field_));
      field_.clear();
    } else {
      if (!field_.empty() && field_.back() == '\r') field_.pop_back();
      finish_record();
      ++line_;
    }
  }
}

void CsvReader::finish() {
  if (!started_) start(first_line_);
  if (quote_in_quotes_) {
    quote_in_quotes_ = false;
    in_quotes_ = false;
  }
  if (in_quotes_) {
    throw Error(error_codes::csv_malformed, "a quoted field is not closed", Location{file_name_, record_line_, ""},
                {{"reason", "unclosed_quote"}, {"row", std::to_string(record_line_)}});
  }
  if (record_has_content_) {
    if (!field_.empty() && field_.back() == '\r') field_.pop_back();
    finish_record();
  }
}

CsvTable parse_csv(std::string_view text, const std::string& file_name) {
  CsvTable table;
  table.file_name = file_name;
  CsvReader reader(file_name, [&table, &file_name](std::vector<std::string>& record, long line) {
    if (table.header.empty()) {
      for (auto& name : record) table.header.push_back(trim(name));
    } else if (record.size() != table.header.size()) {
      throw Error(error_codes::csv_malformed,
                  "this line has " + std::to_string(record.size()) + " fields, the header has " +
                      std::to_string(table.header.size()),
                  Location{file_name, line, ""},
                  {{"reason", "field_count"}, {"row", std::to_string(line)}, {"fields", std::to_string(record.size())},
                   {"expected", std::to_string(table.header.size())}});
    } else {
      table.rows.push_back(std::move(record));
      table.row_lines.push_back(line);
    }
  });
  reader.feed(text);
  reader.finish();
  table.encoding = reader.encoding();
  if (table.header.empty()) throw Error(error_codes::csv_malformed, "the file is empty", Location{file_name});
  return table;
}

}  // namespace mienskip
