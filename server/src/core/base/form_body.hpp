#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mienskip {

/// `text` with %XX sequences decoded (and `+` as a space where `plus_is_space`, as in forms).
/// Nullopt for a broken sequence ("%4", "%zz"). The result is bytes: check UTF-8 where it matters.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);

/// How much an application/x-www-form-urlencoded body may hold. The resident forms have at most
/// a few dozen fields with short names; anything far beyond that is not a browser filling them in.
struct FormLimits {
  std::size_t max_fields = 200;
  std::size_t max_name_bytes = 100;
};

/// The fields of a form body in order, names and values decoded and valid UTF-8. Throws Error
/// `form_too_large` (413) past `limits` and `invalid_form` (400) for a broken encoding.
std::vector<std::pair<std::string, std::string>> read_form_body(std::string_view body,
                                                                const FormLimits& limits = {});

}  // namespace mienskip
