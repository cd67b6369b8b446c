#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/base/field_error.hpp"

namespace mienskip {

/// A text staff type (a name, the reason for a correction): `object[key]` required, trimmed of
/// spaces, not empty, on one line (control characters would break the lottery's canonical texts,
/// which join fields with 0x1F and lines with 0x0A) and at most `max_characters` long. Otherwise
/// nullopt, with the problem added to `errors` under `field` (required, not_text, empty,
/// control_characters, too_long), the message naming it as `what`.
std::optional<std::string> check_text(const nlohmann::json& object, const std::string& key, const std::string& field,
                                      const std::string& what, std::size_t max_characters,
                                      std::vector<FieldError>& errors);

}  // namespace mienskip
