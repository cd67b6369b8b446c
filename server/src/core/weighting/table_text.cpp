#include "core/weighting/table_text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace mienskip::table_text {

std::string_view trimmed(std::string_view text) {
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

std::optional<double> parse_number(std::string_view text) {
  const std::string_view t = trimmed(text);
  if (t.empty()) return std::nullopt;
  // Points are whole numbers: read short digit strings directly (exact in a double), the rest
  // with from_chars.
  if (t.size() <= 9 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    long whole = 0;
    for (const char c : t) whole = whole * 10 + (c - '0');
    return static_cast<double>(whole);
  }
  double value = 0;
  const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (error != std::errc() || end != t.data() + t.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

bool is_missing(std::string_view text) {
  const std::string_view t = trimmed(text);
  return t.empty() || t == "NA" || t == "prefer_not_to_say";
}

std::string join(const std::vector<std::string>& items, std::size_t limit) {
  std::string text;
  for (std::size_t i = 0; i < items.size() && i < limit; ++i) {
    text += (i ? ", " : "") + items[i];
  }
  if (items.size() > limit) text += " and " + std::to_string(items.size() - limit) + " more";
  return text;
}

}  // namespace mienskip::table_text
