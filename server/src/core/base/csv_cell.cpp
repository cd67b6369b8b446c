#include "core/base/csv_cell.hpp"

#include "core/base/csv.hpp"

namespace mienskip {

namespace {

bool is_white_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

bool is_formula_start(char c) { return c == '=' || c == '+' || c == '-' || c == '@'; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A plain decimal number as the program formats one: an optional minus, digits with at most one
// decimal point or comma between them, an optional exponent (e-07). Nothing else (no "-inf", no
// "-1+1"), so that a cell wrongly marked as a number still cannot carry a formula.
bool is_plain_number(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '-') ++i;
  std::size_t digits = 0;
  while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
    ++i;
    while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    std::size_t exponent_digits = 0;
    while (i < text.size() && is_digit(text[i])) ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  return i == text.size();
}

// Whether the cell goes out as it is: an empty cell, a number of the program, or a text that no
// spreadsheet would run.
bool written_as_is(std::string_view text, CellKind kind) {
  if (text.empty()) return true;
  if (kind == CellKind::number && is_plain_number(text)) return true;
  return !needs_csv_apostrophe(text);
}

}  // namespace

bool looks_like_formula(std::string_view text) {
  if (text.empty()) return false;
  if (text.front() == '\t' || text.front() == '\r') return true;
  for (const char c : text) {
    if (is_formula_start(c)) return true;
    if (!is_white_space(c)) return false;
  }
  return false;
}

bool needs_csv_apostrophe(std::string_view text) {
  const auto first_other = text.find_first_not_of('\'');
  if (first_other == std::string_view::npos) return false;  // empty, or only apostrophes
  return looks_like_formula(text.substr(first_other));
}

std::string csv_cell(std::string_view text, CellKind kind) {
  if (written_as_is(text, kind)) return std::string(text);
  std::string cell;
  cell.reserve(text.size() + 1);
  cell.push_back('\'');
  cell += text;
  return cell;
}

void append_csv_cell(std::string& out, std::string_view text, CellKind kind, char separator) {
  // The export writes a million cells; almost all go out as they are, without a copy.
  if (written_as_is(text, kind)) {
    append_csv_field(out, text, separator);
  } else {
    append_csv_field(out, csv_cell(text, kind), separator);
  }
}

std::string_view without_csv_apostrophe(std::string_view cell) {
  if (!cell.empty() && cell.front() == '\'' && needs_csv_apostrophe(cell.substr(1))) return cell.substr(1);
  return cell;
}

}  // namespace mienskip
