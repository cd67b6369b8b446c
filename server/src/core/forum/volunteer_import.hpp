#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/text_encoding.hpp"
#include "core/forum/forum_volunteers.hpp"
#include "core/invitations/register_reader.hpp"
#include "core/panel/pool.hpp"

namespace mienskip {

/// One volunteer read from an import file, checked as far as the file alone can tell.
struct ImportedVolunteer {
  long row = 0;      // the file's line on which the record starts; the header is row 1
  std::string code;  // normalised (normalise_invitation_code)
  std::map<std::string, std::string> answers;  // each exactly one of its category's values
  VolunteerContact contact;
};

/// An import file read: the volunteers whose rows passed, every problem found (same shape as a
/// register's: row, column, code, params, a message that never repeats the row's contents), how
/// the file was written and the columns that were not read.
struct VolunteerImport {
  std::vector<ImportedVolunteer> volunteers;
  RegisterProblems problems{100};
  TextEncoding encoding = TextEncoding::utf8;
  std::vector<std::string> ignored_columns;  // as in the file's header
};

/// The columns an import file has, as volunteer_import_template writes them.
std::vector<std::string> volunteer_import_columns(const std::vector<QuotaCategory>& categories);

/// An empty import file to fill in, for Dutch Excel (byte order mark, `;`, CRLF): `code`, one column
/// per quota category, then `naam`, `email`, `telefoon`.
std::string volunteer_import_template(const std::vector<QuotaCategory>& categories);

/// Reads staff's import file, as a spreadsheet saves it (CSV by the rules of parse_csv, in UTF-8 or
/// Windows-1252): a `code` column (the letter's code), one column per quota category named as the
/// category, and optionally `naam` or `name`, `email` or `e-mail`, `telefoon`, `telefoonnummer` or
/// `phone`. Column names and answers are read case-blind ("Man" is the value "man"); other columns
/// are ignored and listed. Every problem is collected, the header's (`missing_column`,
/// `repeated_column`, `not_text`; then no row is read) and the rows' (a different number of fields,
/// an empty or malformed code, a code twice in the file, an empty answer or one that is none of
/// its category's values, bad contact details, bytes that are not text), or `empty_file` or
/// `no_rows` on their own. Throws Error `csv_malformed` only for a quote that is not closed.
VolunteerImport read_volunteer_import(std::string_view csv, const std::vector<QuotaCategory>& categories,
                                      std::size_t problem_limit = 100);

}  // namespace mienskip
