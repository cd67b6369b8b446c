#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "core/base/error_codes.hpp"

namespace mienskip {

/// Where in an input an error was found, for messages such as "register.csv, row 12, column postcode".
struct Location {
  Location(std::string file_name = {}, std::optional<long> row_number = {},
           std::string column_name = {})
      : file(std::move(file_name)), row(row_number), column(std::move(column_name)) {}

  std::string file;
  std::optional<long> row;
  std::string column;

  /// "register.csv, row 12, column postcode"; empty when nothing is known.
  std::string describe() const;
};

/// The one exception type of Mienskip's domain and services.
///
/// `code` is stable and machine-readable (`quota_infeasible`, `unknown_category`, ...): clients and
/// tests depend on it. `what()` is a sentence a municipal user understands; it must never contain
/// internals such as SQL or stack traces, because the web layer shows it to clients.
class Error : public std::runtime_error {
 public:
  Error(std::string code, const std::string& message, Location where = {});

  const std::string& code() const noexcept { return code_; }
  const Location& where() const noexcept { return where_; }

 private:
  std::string code_;
  Location where_;
};

}  // namespace mienskip
