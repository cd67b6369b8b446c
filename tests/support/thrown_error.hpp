#pragma once

#include <functional>
#include <optional>
#include <string>

#include "core/base/error.hpp"

namespace mienskip::test {

/// The mienskip::Error that `action` throws, if it throws one.
inline std::optional<Error> thrown_error(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e;
  }
  return std::nullopt;
}

/// The code of the mienskip::Error that `action` throws, or "none" when it throws none.
inline std::string error_code(const std::function<void()>& action) {
  const auto error = thrown_error(action);
  return error ? error->code() : "none";
}

/// Its message, or "" when it throws none.
inline std::string error_message(const std::function<void()>& action) {
  const auto error = thrown_error(action);
  return error ? error->what() : "";
}

}  // namespace mienskip::test
