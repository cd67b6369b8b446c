#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace mienskip::web {

/// A text that may be absent as the API sends it: the text, or null.
inline nlohmann::json text_or_null(const std::optional<std::string>& text) {
  return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
}

}  // namespace mienskip::web
