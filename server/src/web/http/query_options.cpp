#include "web/http/query_options.hpp"

#include <algorithm>
#include <charconv>

#include "core/base/error.hpp"

namespace mienskip::web {

QueryOptions::QueryOptions(const Request& request, std::initializer_list<std::string_view> known) {
  for (const auto& [name, value] : request.query) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string allowed;
      for (const auto& k : known) allowed += (allowed.empty() ? "" : ", ") + std::string(k);
      throw Error(error_codes::invalid_option, "'" + name + "' is not an option here" +
                                        (allowed.empty() ? std::string(": this address takes none")
                                                         : " (it takes " + allowed + ")"));
    }
    if (!values_.emplace(name, value).second) throw Error(error_codes::invalid_option, "'" + name + "' is given twice");
  }
}

std::optional<std::string> QueryOptions::text(const std::string& name) const {
  const auto found = values_.find(name);
  if (found == values_.end()) return std::nullopt;
  return found->second;
}

long long QueryOptions::whole_number(const std::string& name, long long fallback, long long min, long long max) const {
  const auto value = text(name);
  if (!value) return fallback;
  long long number = 0;
  const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), number);
  if (value->empty() || error != std::errc() || end != value->data() + value->size() || number < min || number > max) {
    throw Error(error_codes::invalid_option, name + " must be a whole number from " + std::to_string(min) + " to " +
                                      std::to_string(max) + ", not '" + *value + "'");
  }
  return number;
}

}  // namespace mienskip::web
