#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/csv.hpp"
#include "core/invitations/invitation_draw.hpp"

namespace mienskip {

/// One problem with one row of a register extract. Messages never repeat the row's contents (a
/// register holds names, addresses and citizen numbers).
struct RegisterProblem {
  long row = 0;         // the file's line on which the record starts; the header is row 1
  std::string column;   // empty when the row as a whole is meant
  std::string message;
};

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

/// Reads a population register extract (CSV with an `id` column and any others) as it streams in,
/// by the rules `mienskip draw --register` reads it with, without keeping it: every record is
/// checked (as many fields as the header, an id, UTF-8 text without NUL bytes, which PostgreSQL
/// stores) and passed on trimmed, and the register hash is computed on the way, equal to
/// register_hash of the whole file. Duplicate ids are left to the caller, which stores the rows.
class RegisterReader {
 public:
  /// Receives each record that passed the checks: its index among the file's records (the row
  /// number the draw uses), its row (file line) and its trimmed fields.
  using RowSink = std::function<void(std::size_t position, long row, const std::vector<std::string>& fields)>;

  RegisterReader(std::string file_name, RowSink on_row, std::size_t problem_limit = 100);
  RegisterReader(const RegisterReader&) = delete;
  RegisterReader& operator=(const RegisterReader&) = delete;

  /// Throws Error `invalid_register` for a header without `id` or not in UTF-8, and
  /// `csv_malformed` for a header line over 1 MB.
  void feed(std::string_view piece);
  /// Throws Error `csv_malformed` (a quote not closed) or `invalid_register` (empty, or no rows).
  void finish();

  const std::vector<std::string>& header() const { return header_; }
  /// The index of the `id` column; known once the header was read.
  std::size_t id_column() const { return static_cast<std::size_t>(id_column_); }
  std::size_t records() const { return records_; }
  /// register_hash of the file; valid after finish().
  const std::string& sha256() const { return sha256_; }
  RegisterProblems& problems() { return problems_; }

 private:
  void record(std::vector<std::string>& fields, long row);

  std::string file_name_;
  RowSink on_row_;
  CsvReader csv_;
  RegisterHash hash_;
  std::vector<std::string> header_;
  int id_column_ = -1;
  std::size_t records_ = 0;
  std::string sha256_;
  RegisterProblems problems_;
};

}  // namespace mienskip
