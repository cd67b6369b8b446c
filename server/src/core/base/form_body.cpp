#include "core/base/form_body.hpp"

#include "core/base/error.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decoded_field(std::string_view text) {
  auto decoded = percent_decode(text, true);
  if (!decoded) throw Error(error_codes::invalid_form, "The form could not be read: a character is encoded wrongly.");
  // Text that is not UTF-8 (or holds a NUL, which PostgreSQL refuses) was not typed into our forms.
  if (!utf8_length(*decoded) || decoded->find('\0') != std::string::npos) {
    throw Error(error_codes::invalid_form, "The form could not be read: it holds text that is not UTF-8.");
  }
  return std::move(*decoded);
}

}  // namespace

std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int high = hex_value(text[i + 1]);
      const int low = hex_value(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> read_form_body(std::string_view body,
                                                                const FormLimits& limits) {
  std::vector<std::pair<std::string, std::string>> fields;
  std::size_t start = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('&', start);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view pair = body.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) continue;
    if (fields.size() >= limits.max_fields) {
      throw Error(error_codes::form_too_large,
                  "The form has more than " + std::to_string(limits.max_fields) + " fields.");
    }
    const std::size_t equals = pair.find('=');
    const std::string_view raw_name = pair.substr(0, equals);
    // Encoded, a name is at most three times as long as decoded: refuse before decoding it.
    if (raw_name.size() > 3 * limits.max_name_bytes) {
      throw Error(error_codes::form_too_large, "A field name of the form is longer than " +
                                        std::to_string(limits.max_name_bytes) + " bytes.");
    }
    std::string name = decoded_field(raw_name);
    if (name.size() > limits.max_name_bytes) {
      throw Error(error_codes::form_too_large, "A field name of the form is longer than " +
                                        std::to_string(limits.max_name_bytes) + " bytes.");
    }
    std::string value = equals == std::string_view::npos ? "" : decoded_field(pair.substr(equals + 1));
    fields.emplace_back(std::move(name), std::move(value));
  }
  return fields;
}

}  // namespace mienskip
