#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/csv.hpp"
#include "core/invitations/invitation_draw.hpp"

namespace mienskip {

/// One problem with one row of a file staff upload (a register extract, an import of volunteers).
/// `code` and `params` are stable: the staff app words them in the screen's language; `message` is
/// the same in English for the API and the command line. Neither repeats the row's contents (a
/// register holds names, addresses and citizen numbers).
///
/// Codes of any file: `empty_file`, `no_rows`, `field_count` {fields, expected}, `not_text`
/// {encoding} (bytes the file's encoding cannot read, or a NUL), `missing_column` {column},
/// `repeated_column` {column}. Of a register: `empty_id`, `repeated_id` {first_row}. Of an import
/// of volunteers: `empty_code`, `invalid_code`, `repeated_code` {first_row}, `unknown_letter`,
/// `letter_answered` {volunteer}, `empty_answer`, `unknown_value` {allowed}, `invalid_email`,
/// `invalid_phone`, `too_long`.
struct RegisterProblem {
  long row = 0;         // the file's line on which the record starts; the header is row 1
  std::string column;   // empty when the row as a whole is meant
  std::string code;
  std::string message;
  nlohmann::json params = nlohmann::json::object();
};

/// The problem of a record with `fields` fields where the header has `expected`.
RegisterProblem field_count_problem(long row, std::size_t fields, std::size_t expected);

/// The problem of a field its file's encoding cannot read (or that holds a NUL, which PostgreSQL
/// cannot store).
RegisterProblem not_text_problem(long row, const std::string& column, TextEncoding encoding);

/// The problems found in an upload: the first `limit` in row order and how many there are in all.
class RegisterProblems {
 public:
  explicit RegisterProblems(std::size_t limit) : limit_(limit) {}
  void add(RegisterProblem problem);
  /// Adds problems found elsewhere (duplicate ids, found by the database) and keeps row order.
  void merge(std::vector<RegisterProblem> more, std::size_t more_total);
  const std::vector<RegisterProblem>& first() const { return first_; }
  std::size_t total() const { return total_; }

 private:
  std::size_t limit_;
  std::vector<RegisterProblem> first_;
  std::size_t total_ = 0;
};

/// Reads a population register extract (CSV with an `id` column and any others, in UTF-8 or
/// Windows-1252) as it streams in, by the rules `mienskip draw --register` reads it with, without
/// keeping it: every record is checked (as many fields as the header, an id, text its encoding
/// reads, without NUL bytes, which PostgreSQL cannot store) and passed on trimmed in UTF-8, and the
/// register hash is computed on the way, equal to register_hash of the whole file. A file that is
/// no register (empty, no `id` column, a header but no rows) is one problem on row 1; its rows are
/// then not read. Duplicate ids are left to the caller, which stores the rows.
class RegisterReader {
 public:
  /// Receives each record that passed the checks: its index among the file's records (the row
  /// number the draw uses), its row (file line) and its trimmed fields.
  using RowSink = std::function<void(std::size_t position, long row, const std::vector<std::string>& fields)>;

  RegisterReader(std::string file_name, RowSink on_row, std::size_t problem_limit = 100);
  RegisterReader(const RegisterReader&) = delete;
  RegisterReader& operator=(const RegisterReader&) = delete;

  /// Throws Error `csv_malformed` for a header line over 1 MB.
  void feed(std::string_view piece);
  /// Throws Error `csv_malformed` for a quote that is not closed.
  void finish();

  const std::vector<std::string>& header() const { return header_; }
  /// The index of the `id` column; known once the header was read.
  std::size_t id_column() const { return static_cast<std::size_t>(id_column_); }
  std::size_t records() const { return records_; }
  /// register_hash of the file; valid after finish().
  const std::string& sha256() const { return sha256_; }
  RegisterProblems& problems() { return problems_; }
  /// How the file was written (its fields are passed on in UTF-8 either way).
  TextEncoding encoding() const { return csv_.encoding(); }

 private:
  void record(std::vector<std::string>& fields, long row);

  std::string file_name_;
  RowSink on_row_;
  CsvReader csv_;
  RegisterHash hash_;
  std::vector<std::string> header_;
  int id_column_ = -1;
  bool header_read_ = false;
  std::size_t records_ = 0;
  std::string sha256_;
  RegisterProblems problems_;
};

}  // namespace mienskip
