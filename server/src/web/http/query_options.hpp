#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "web/http/http_types.hpp"

namespace mienskip::web {

/// A request's query parameters, read strictly: each one at most once and every one among `known`,
/// so that a misspelt option is refused rather than silently ignored. Throws Error `invalid_option`.
class QueryOptions {
 public:
  QueryOptions(const Request& request, std::initializer_list<std::string_view> known);

  std::optional<std::string> text(const std::string& name) const;

  /// The option as a whole number from `min` to `max`, or `fallback` when it is not given.
  long long whole_number(const std::string& name, long long fallback, long long min, long long max) const;

 private:
  std::map<std::string, std::string> values_;
};

}  // namespace mienskip::web
