#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

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

/// What a client needs to word an error itself, in its own language ("stratum" -> "Dokkum"),
/// as name and value; the message says the same in English.
using ErrorParams = std::vector<std::pair<std::string, std::string>>;

/// The one exception type of Mienskip's domain and services.
///
/// `code` is stable and machine-readable (`quota_infeasible`, `unknown_category`, ...): clients and
/// tests depend on it. `what()` is a sentence a municipal user understands; it must never contain
/// internals such as SQL or stack traces, because the web layer shows it to clients.
class Error : public std::runtime_error {
 public:
  Error(std::string code, const std::string& message, Location where = {}, ErrorParams params = {});

  const std::string& code() const noexcept { return code_; }
  const Location& where() const noexcept { return where_; }
  /// Sent to clients as `params` with the code and message (empty for most errors).
  const ErrorParams& params() const noexcept { return params_; }

 private:
  std::string code_;
  Location where_;
  ErrorParams params_;
};

}  // namespace mienskip
