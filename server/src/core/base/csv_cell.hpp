#pragma once

#include <string>
#include <string_view>

namespace mienskip {

/// What a cell of a CSV file the program writes holds; it decides whether the cell is neutralised
/// against spreadsheet formulas (csv_cell).
enum class CellKind {
  /// Text from anyone but the program itself: a resident's motivation, a name from the register,
  /// an id or a label from staff. Neutralised.
  text,
  /// A number the program formatted itself (points, a weight, a draw order): written as it is, so
  /// that a spreadsheet still reads -0.5 as a number. A cell of this kind that is not a plain
  /// decimal number is treated as text, so that a wrong kind cannot let a formula through.
  number,
};

/// Whether a spreadsheet program could take `text` for a formula: it begins with `=`, `+`, `-` or
/// `@` after optional ASCII white space (space, tab, CR, LF, VT, FF), or with a tab or a carriage
/// return. Excel and LibreOffice run such a cell, which could call out (`=HYPERLINK(...)`,
/// `=WEBSERVICE(...)`) or compute from other cells.
bool looks_like_formula(std::string_view text);

/// Whether csv_cell puts an apostrophe before `text`: it looks like a formula, or it is one or
/// more apostrophes followed by something that does. The second case makes the apostrophe
/// reversible: without_csv_apostrophe takes one off exactly where csv_cell added one.
bool needs_csv_apostrophe(std::string_view text);

/// A cell as every CSV the program writes holds it (before CSV quoting): a text for which
/// needs_csv_apostrophe holds gets a leading apostrophe `'`, per OWASP's advice against CSV
/// injection, so that spreadsheet programs show it as text; a number stays as it is.
std::string csv_cell(std::string_view text, CellKind kind = CellKind::text);

/// csv_cell(text, kind) written as a CSV field (csv_field: quoted where needed) after `out`.
void append_csv_cell(std::string& out, std::string_view text, CellKind kind = CellKind::text, char separator = ',');

/// A text cell as it was before csv_cell: one leading apostrophe off if csv_cell added it.
std::string_view without_csv_apostrophe(std::string_view cell);

}  // namespace mienskip
