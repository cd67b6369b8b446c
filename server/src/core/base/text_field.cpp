#include "core/base/text_field.hpp"

#include <algorithm>

#include "core/base/csv.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

std::optional<std::string> check_text(const nlohmann::json& object, const std::string& key, const std::string& field,
                                      const std::string& what, std::size_t max_characters,
                                      std::vector<FieldError>& errors) {
  if (!object.contains(key)) {
    errors.push_back({field, "required", what + " is required."});
    return std::nullopt;
  }
  if (!object[key].is_string()) {
    errors.push_back({field, "not_text", what + " must be text."});
    return std::nullopt;
  }
  std::string text = trim(object[key].get<std::string>());
  if (text.empty()) {
    errors.push_back({field, "empty", what + " is empty."});
    return std::nullopt;
  }
  if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; })) {
    errors.push_back({field, "control_characters", what + " must be on one line, without tabs or control characters."});
    return std::nullopt;
  }
  if (utf8_length(text).value_or(0) > max_characters) {
    errors.push_back({field, "too_long", what + " is longer than " + std::to_string(max_characters) + " characters."});
    return std::nullopt;
  }
  return text;
}

}  // namespace mienskip
