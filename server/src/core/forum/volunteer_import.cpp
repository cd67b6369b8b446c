#include "core/forum/volunteer_import.hpp"

#include <algorithm>
#include <optional>

#include "core/base/csv.hpp"
#include "core/base/csv_cell.hpp"
#include "core/base/utf8.hpp"
#include "core/invitations/invitation_code.hpp"

namespace mienskip {

namespace {

const std::string volunteers_file = "volunteers.csv";

// PostgreSQL stores text in UTF-8 and cannot hold a NUL byte at all.
bool storable(const std::string& text) { return text.find('\0') == std::string::npos && utf8_length(text).has_value(); }

// The contact columns, each under any of its names (Dutch first: the template's).
struct ContactColumn {
  const char* field;  // the volunteer's contact field, as check_volunteer_contact names it
  std::vector<std::string> names;
};

const std::vector<ContactColumn>& contact_columns() {
  static const std::vector<ContactColumn> columns = {
      {"name", {"naam", "name"}}, {"email", {"email", "e-mail"}}, {"phone", {"telefoon", "telefoonnummer", "phone"}}};
  return columns;
}

// Where an import's columns are, from its header.
struct VolunteerColumns {
  std::vector<std::string> header;  // trimmed
  int code = -1;
  std::map<std::string, int> contact;  // by contact field
  std::vector<int> categories;         // per quota category, in the categories' order
};

RegisterProblem repeated_column(long row, const std::string& column) {
  return {row, column, "repeated_column", "the column '" + column + "' appears twice (or under two of its names)",
          {{"column", column}}};
}

// Which column each name is, case-blind; the columns it does not know are ignored and listed.
VolunteerColumns volunteer_columns(std::vector<std::string> fields, long row, const std::vector<QuotaCategory>& categories,
                                   VolunteerImport& result) {
  VolunteerColumns columns;
  columns.categories.assign(categories.size(), -1);
  for (std::size_t c = 0; c < fields.size(); ++c) {
    fields[c] = trim(fields[c]);
    if (!storable(fields[c])) {
      result.problems.add(not_text_problem(row, "", result.encoding));
      continue;
    }
    const auto name = fold_case(fields[c]);
    const int at = static_cast<int>(c);
    const auto place = [&](int& slot, const std::string& column) {
      if (slot >= 0) return result.problems.add(repeated_column(row, column));
      slot = at;
    };
    if (name == "code") {
      place(columns.code, "code");
      continue;
    }
    const auto contact = std::find_if(contact_columns().begin(), contact_columns().end(), [&](const ContactColumn& column) {
      return std::find(column.names.begin(), column.names.end(), name) != column.names.end();
    });
    if (contact != contact_columns().end()) {
      place(columns.contact.emplace(contact->field, -1).first->second, contact->names.front());
      continue;
    }
    const auto category = std::find_if(categories.begin(), categories.end(),
                                       [&](const QuotaCategory& q) { return fold_case(q.name) == name; });
    if (category != categories.end()) {
      place(columns.categories[static_cast<std::size_t>(category - categories.begin())], category->name);
    } else if (!fields[c].empty()) {
      result.ignored_columns.push_back(fields[c]);
    }
  }
  const auto missing = [&](const std::string& column) {
    result.problems.add({row, column, "missing_column", "the file has no column '" + column + "'", {{"column", column}}});
  };
  if (columns.code < 0) missing("code");
  for (std::size_t q = 0; q < categories.size(); ++q) {
    if (columns.categories[q] < 0) missing(categories[q].name);
  }
  columns.header = std::move(fields);
  return columns;
}

// Every field trimmed; false (with a problem per field) when one is not text PostgreSQL can store.
bool trimmed_and_storable(std::vector<std::string>& fields, long row, const VolunteerColumns& columns,
                          VolunteerImport& result) {
  bool good = true;
  for (std::size_t c = 0; c < fields.size(); ++c) {
    fields[c] = trim(fields[c]);
    if (!storable(fields[c])) {
      result.problems.add(not_text_problem(row, columns.header[c], result.encoding));
      good = false;
    }
  }
  return good;
}

// The letter's code, normalised: false when it is empty, malformed or already on an earlier row.
bool read_code(const std::string& typed, long row, std::map<std::string, long>& seen_codes,
               ImportedVolunteer& volunteer, RegisterProblems& problems) {
  const auto code = normalise_invitation_code(typed);
  if (typed.empty()) {
    problems.add({row, "code", "empty_code", "the code is empty"});
    return false;
  }
  if (!code) {
    problems.add({row, "code", "invalid_code", "this is not a letter code (12 letters and digits)"});
    return false;
  }
  if (const auto [first, fresh] = seen_codes.emplace(*code, row); !fresh) {
    problems.add({row, "code", "repeated_code", "the code is also on row " + std::to_string(first->second),
                  {{"first_row", first->second}}});
    return false;
  }
  volunteer.code = *code;
  return true;
}

// The answer as the quotas spell it when it is one of the category's values but for case.
std::string value_as_spelt(const QuotaCategory& category, const std::string& answer) {
  const auto folded = fold_case(answer);
  for (const auto& value : category.values) {
    if (fold_case(value) == folded) return value;
  }
  return answer;
}

// The answers to the quota categories, checked as the sign-up form checks them.
bool read_answers(const std::vector<std::string>& fields, long row, const VolunteerColumns& columns,
                  const std::vector<QuotaCategory>& categories, ImportedVolunteer& volunteer,
                  RegisterProblems& problems) {
  for (std::size_t c = 0; c < categories.size(); ++c) {
    volunteer.answers[categories[c].name] =
        value_as_spelt(categories[c], fields[static_cast<std::size_t>(columns.categories[c])]);
  }
  bool good = true;
  for (std::size_t c = 0; c < categories.size(); ++c) {
    const auto& category = categories[c];
    const auto errors = check_volunteer_answers({category}, {{category.name, volunteer.answers[category.name]}});
    if (errors.empty()) continue;
    good = false;
    if (errors.front().code == "required") {
      problems.add({row, category.name, "empty_answer", "the answer is empty"});
    } else {
      problems.add({row, category.name, "unknown_value", "not one of the values of '" + category.name + "' in the quotas",
                    {{"allowed", category.values}}});
    }
  }
  return good;
}

// The contact details, checked as the sign-up form checks them (none of them required).
bool read_contact(const std::vector<std::string>& fields, long row, const VolunteerColumns& columns,
                  ImportedVolunteer& volunteer, RegisterProblems& problems) {
  const auto field = [&](const char* name) -> std::string {
    const auto column = columns.contact.find(name);
    return column == columns.contact.end() ? "" : fields[static_cast<std::size_t>(column->second)];
  };
  volunteer.contact = {field("name"), field("email"), field("phone")};
  bool good = true;
  for (const auto& error : check_volunteer_contact(volunteer.contact, false)) {
    const int column = columns.contact.at(error.field);
    const bool too_long = error.code != "invalid_email" && error.code != "invalid_phone";
    problems.add({row, columns.header[static_cast<std::size_t>(column)], too_long ? "too_long" : error.code,
                  error.code == "invalid_email"   ? "this is not an email address"
                  : error.code == "invalid_phone" ? "this is not a phone number"
                                                  : "more than one line of at most 200 characters"});
    good = false;
  }
  return good;
}

// A volunteer's row, or nullopt when it has problems: every one of them is added, not only the first.
std::optional<ImportedVolunteer> read_volunteer(const VolunteerColumns& columns, const std::vector<QuotaCategory>& categories,
                                                std::vector<std::string>& fields, long row,
                                                std::map<std::string, long>& seen_codes, VolunteerImport& result) {
  if (fields.size() != columns.header.size()) {
    result.problems.add(field_count_problem(row, fields.size(), columns.header.size()));
    return std::nullopt;
  }
  if (!trimmed_and_storable(fields, row, columns, result)) return std::nullopt;
  ImportedVolunteer volunteer;
  volunteer.row = row;
  const std::string& code = fields[static_cast<std::size_t>(columns.code)];
  const bool code_read = read_code(code, row, seen_codes, volunteer, result.problems);
  const bool answers_read = read_answers(fields, row, columns, categories, volunteer, result.problems);
  const bool contact_read = read_contact(fields, row, columns, volunteer, result.problems);
  if (!code_read || !answers_read || !contact_read) return std::nullopt;
  return volunteer;
}

}  // namespace

std::vector<std::string> volunteer_import_columns(const std::vector<QuotaCategory>& categories) {
  std::vector<std::string> columns{"code"};
  for (const auto& category : categories) columns.push_back(category.name);
  for (const auto& contact : contact_columns()) columns.push_back(contact.names.front());
  return columns;
}

std::string volunteer_import_template(const std::vector<QuotaCategory>& categories) {
  std::string out = "\xEF\xBB\xBF";
  const auto columns = volunteer_import_columns(categories);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (c) out += ';';
    append_csv_cell(out, columns[c], CellKind::text, ';');
  }
  return out + "\r\n";
}

VolunteerImport read_volunteer_import(std::string_view csv, const std::vector<QuotaCategory>& categories,
                                      std::size_t problem_limit) {
  VolunteerImport result;
  result.problems = RegisterProblems(problem_limit);
  std::optional<VolunteerColumns> columns;
  bool header_good = false;
  std::map<std::string, long> seen_codes;
  const CsvReader* reading = nullptr;
  CsvReader reader(volunteers_file, [&](std::vector<std::string>& fields, long row) {
    result.encoding = reading->encoding();  // as decided by this record, for the problems to say
    if (!columns) {
      columns = volunteer_columns(std::move(fields), row, categories, result);
      header_good = result.problems.total() == 0;
    } else if (!header_good) {
      return;  // the columns are not known: the header's problems say why
    } else if (auto volunteer = read_volunteer(*columns, categories, fields, row, seen_codes, result)) {
      result.volunteers.push_back(std::move(*volunteer));
    }
  });
  reading = &reader;
  reader.feed(csv);
  reader.finish();
  result.encoding = reader.encoding();
  if (!columns) {
    result.problems.add({1, "", "empty_file", "the file is empty"});
  } else if (header_good && result.volunteers.empty() && result.problems.total() == 0) {
    result.problems.add({2, "", "no_rows", "the file has a header but no volunteers"});
  }
  return result;
}

}  // namespace mienskip
