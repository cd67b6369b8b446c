#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/text_encoding.hpp"

namespace mienskip {

/// A CSV file as read: the header and the records, every field as text.
struct CsvTable {
  std::string file_name;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<long> row_lines;  // the line on which each record starts, for error messages
  TextEncoding encoding = TextEncoding::utf8;  // how the file was written; the fields are UTF-8 now

  /// Index of a header column, or -1.
  int column(std::string_view name) const;
};

/// Reads CSV text that arrives in pieces, record by record, by the rules of parse_csv (which is
/// built on it), so that a large upload is checked and stored while it streams in and is never
/// held whole. The header is the first record; blank lines are skipped; fields come untrimmed.
/// The number of fields is not checked here: the caller decides what a short record means.
/// Fields come in UTF-8 whether the file was written in UTF-8 or in Windows-1252 (TextDecoder
/// decides which); a field its encoding cannot read comes as it is, for the caller to refuse.
class CsvReader {
 public:
  /// Receives each record's fields (which it may move from) and the line on which it starts.
  using RecordSink = std::function<void(std::vector<std::string>& fields, long line)>;

  /// `max_first_line` bounds what is held before the first line end: the first line decides the
  /// separator, so it is kept whole until it ends.
  CsvReader(std::string file_name, RecordSink on_record,
            std::size_t max_first_line = std::string::npos);

  /// The next piece of the text, cut anywhere (even inside a field, a quote pair or a CRLF).
  /// Throws Error `csv_malformed` when the first line grows past `max_first_line` bytes.
  void feed(std::string_view piece);
  /// The end of the text. Throws Error `csv_malformed` for a quoted field that is not closed.
  void finish();

  /// The file's encoding as decided so far (UTF-8 until a field beyond ASCII says otherwise).
  TextEncoding encoding() const { return decoder_.encoding(); }

 private:
  void start(std::string_view text);
  void consume(std::string_view text);
  void finish_record();

  std::string file_name_;
  RecordSink on_record_;
  std::string first_line_;  // held until the separator is known (it is decided by the first line)
  std::size_t max_first_line_;
  bool started_ = false;
  TextDecoder decoder_;
  char separator_ = ',';
  bool special_[256] = {};  // the separator, a quote and a line end: where a run of plain text stops
  std::vector<std::string> record_;
  std::string field_;
  long line_ = 1;
  long record_line_ = 1;
  bool in_quotes_ = false;
  bool quote_in_quotes_ = false;  // a quote inside quotes: closes the field unless another follows
  bool field_was_quoted_ = false;
  bool record_has_content_ = false;
};

/// Parses RFC 4180 CSV: comma-separated (or `;`-separated when the header line has semicolons and
/// no commas, as Dutch Excel writes), fields optionally in double quotes with "" for a quote,
/// CRLF or LF line ends, an optional UTF-8 byte order mark, UTF-8 or Windows-1252. Header names are trimmed; blank lines
/// are skipped. Throws Error `csv_malformed` naming the line for an unterminated quote or a record
/// whose number of fields differs from the header's.
CsvTable parse_csv(std::string_view text, const std::string& file_name);

/// `text` as one CSV field: in double quotes (with quotes doubled) when it holds the separator (a
/// comma, or `;` for Dutch Excel), a quote or a line break, as it is otherwise.
std::string csv_field(std::string_view text, char separator = ',');

/// csv_field appended to `out`, for writers of large files.
void append_csv_field(std::string& out, std::string_view text, char separator = ',');

/// The names in a comma-separated list ("age, gender"), trimmed; empty items are left out.
std::vector<std::string> split_names(std::string_view text);

/// `text` without leading and trailing spaces and tabs.
std::string trim(std::string_view text);

/// trim without a copy: the part of `text` it keeps (for hot loops over a million fields).
std::string_view trim_view(std::string_view text);

}  // namespace mienskip
