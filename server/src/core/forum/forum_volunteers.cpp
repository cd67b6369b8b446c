#include "core/forum/forum_volunteers.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/invitations/invitation_code.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

constexpr std::size_t max_contact_characters = 200;

// The three page languages; imports are read by staff in English, like the register's problems.
std::string say(Language language, const std::string& nl, const std::string& fy, const std::string& en) {
  return language == Language::nl ? nl : language == Language::fy ? fy : en;
}

bool one_line(const std::string& text) {
  return std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

bool looks_like_email(const std::string& text) {
  const auto at = text.find('@');
  if (at == std::string::npos || at == 0 || text.find('@', at + 1) != std::string::npos) return false;
  const auto dot = text.find('.', at + 2);
  return dot != std::string::npos && dot + 1 < text.size() && text.find(' ') == std::string::npos;
}

bool looks_like_phone(const std::string& text) {
  std::size_t digits = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (!(c == ' ' || c == '-' || c == '(' || c == ')' || (c == '+' && i == 0))) {
      return false;
    }
  }
  return digits >= 6 && digits <= 15;
}

// PostgreSQL stores text in UTF-8 and cannot hold a NUL byte at all.
bool storable(const std::string& text) { return text.find('\0') == std::string::npos && utf8_length(text).has_value(); }

const std::string volunteers_file = "volunteers.csv";

// Where an import's columns are, from its header.
struct VolunteerColumns {
  std::vector<std::string> header;  // trimmed
  int code = -1, name = -1, email = -1, phone = -1;
  std::vector<int> categories;  // per quota category, in the categories' order
};

VolunteerColumns volunteer_columns(std::vector<std::string> fields, long row,
                                   const std::vector<QuotaCategory>& categories) {
  const std::string& file = volunteers_file;
  VolunteerColumns columns;
  for (auto& name : fields) name = trim(name);
  std::set<std::string> names;
  for (std::size_t c = 0; c < fields.size(); ++c) {
    const auto& name = fields[c];
    if (!storable(name)) throw Error(error_codes::invalid_volunteers, "the header is not UTF-8 text; save the file as CSV UTF-8", Location{file, row, ""});
    if (!names.insert(name).second) throw Error(error_codes::invalid_volunteers, "the column '" + name + "' appears twice", Location{file, row, name});
    const int at = static_cast<int>(c);
    if (name == "code") {
      columns.code = at;
    } else if (name == "naam" || name == "name") {
      if (columns.name >= 0) throw Error(error_codes::invalid_volunteers, "give the name in one column, naam or name", Location{file, row, name});
      columns.name = at;
    } else if (name == "email") {
      columns.email = at;
    } else if (name == "telefoon" || name == "phone") {
      if (columns.phone >= 0) throw Error(error_codes::invalid_volunteers, "give the phone number in one column, telefoon or phone", Location{file, row, name});
      columns.phone = at;
    } else if (std::none_of(categories.begin(), categories.end(), [&](const auto& q) { return q.name == name; })) {
      throw Error(error_codes::invalid_volunteers,
                  "the column '" + name + "' is neither code, a quota category, naam, email nor telefoon",
                  Location{file, row, name});
    }
  }
  if (columns.code < 0) throw Error(error_codes::invalid_volunteers, "the file has no column 'code' (the letter's code)", Location{file, row, ""});
  for (const auto& category : categories) {
    const auto at = std::find(fields.begin(), fields.end(), category.name);
    if (at == fields.end()) {
      throw Error(error_codes::invalid_volunteers, "the file has no column for the quota category '" + category.name + "'",
                  Location{file, row, ""});
    }
    columns.categories.push_back(static_cast<int>(at - fields.begin()));
  }
  columns.header = std::move(fields);
  return columns;
}

// Every field trimmed; false (with a problem per field) when one is not text PostgreSQL can store.
bool trimmed_and_storable(std::vector<std::string>& fields, long row, const VolunteerColumns& columns,
                          RegisterProblems& problems) {
  bool good = true;
  for (std::size_t c = 0; c < fields.size(); ++c) {
    fields[c] = trim(fields[c]);
    if (!storable(fields[c])) {
      problems.add({row, columns.header[c], "not UTF-8 text; save the file as CSV UTF-8 and import it again"});
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
    problems.add({row, "code", "the code is empty"});
    return false;
  }
  if (!code) {
    problems.add({row, "code", "this is not a letter code (12 letters and digits)"});
    return false;
  }
  if (const auto [first, fresh] = seen_codes.emplace(*code, row); !fresh) {
    problems.add({row, "code", "the code is also on row " + std::to_string(first->second)});
    return false;
  }
  volunteer.code = *code;
  return true;
}

// The answers to the quota categories, checked as the sign-up form checks them.
bool read_answers(const std::vector<std::string>& fields, long row, const VolunteerColumns& columns,
                  const std::vector<QuotaCategory>& categories, ImportedVolunteer& volunteer,
                  RegisterProblems& problems) {
  bool good = true;
  for (std::size_t c = 0; c < categories.size(); ++c) {
    volunteer.answers[categories[c].name] = fields[static_cast<std::size_t>(columns.categories[c])];
  }
  for (const auto& error : check_volunteer_answers(categories, volunteer.answers)) {
    const std::string category = error.field.substr(std::string("answers.").size());
    problems.add({row, category,
                  error.code == "required" ? "the answer is empty"
                                           : "not one of the values of '" + category + "' in the quotas"});
    good = false;
  }
  for (auto& [category, answer] : volunteer.answers) answer = trim(answer);
  return good;
}

// The contact details, checked as the sign-up form checks them (none of them required).
bool read_contact(const std::vector<std::string>& fields, long row, const VolunteerColumns& columns,
                  ImportedVolunteer& volunteer, RegisterProblems& problems) {
  bool good = true;
  if (columns.name >= 0) volunteer.contact.name = fields[static_cast<std::size_t>(columns.name)];
  if (columns.email >= 0) volunteer.contact.email = fields[static_cast<std::size_t>(columns.email)];
  if (columns.phone >= 0) volunteer.contact.phone = fields[static_cast<std::size_t>(columns.phone)];
  for (const auto& error : check_volunteer_contact(volunteer.contact, false)) {
    const int column = error.field == "name" ? columns.name : error.field == "email" ? columns.email : columns.phone;
    problems.add({row, columns.header[static_cast<std::size_t>(column)],
                  error.code == "invalid_email"   ? "this is not an email address"
                  : error.code == "invalid_phone" ? "this is not a phone number"
                                                  : "more than one line of at most 200 characters"});
    good = false;
  }
  return good;
}

// A volunteer's row, or nullopt when it has problems: every one of them is added, not only the first.
std::optional<ImportedVolunteer> read_volunteer(const VolunteerColumns& columns,
                                                const std::vector<QuotaCategory>& categories,
                                                std::vector<std::string>& fields, long row,
                                                std::map<std::string, long>& seen_codes, RegisterProblems& problems) {
  if (fields.size() != columns.header.size()) {
    problems.add({row, "", "this line has " + std::to_string(fields.size()) + " fields, the header has " +
                               std::to_string(columns.header.size())});
    return std::nullopt;
  }
  if (!trimmed_and_storable(fields, row, columns, problems)) return std::nullopt;
  ImportedVolunteer volunteer;
  volunteer.row = row;
  const std::string& code = fields[static_cast<std::size_t>(columns.code)];
  const bool code_read = read_code(code, row, seen_codes, volunteer, problems);
  const bool answers_read = read_answers(fields, row, columns, categories, volunteer, problems);
  const bool contact_read = read_contact(fields, row, columns, volunteer, problems);
  if (!code_read || !answers_read || !contact_read) return std::nullopt;
  return volunteer;
}

}  // namespace

std::string volunteer_id(int number) {
  std::string digits = std::to_string(number);
  if (digits.size() < 4) digits.insert(0, 4 - digits.size(), '0');
  return "V" + digits;
}

std::optional<int> volunteer_number(std::string_view id) {
  if (id.size() < 5 || id.size() > 10 || id[0] != 'V') return std::nullopt;
  int number = 0;
  for (const char c : id.substr(1)) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    number = number * 10 + (c - '0');
  }
  if (number < 1 || volunteer_id(number) != id) return std::nullopt;
  return number;
}

std::vector<FieldError> check_volunteer_answers(const std::vector<QuotaCategory>& categories,
                                                const std::map<std::string, std::string>& answers,
                                                Language language) {
  std::vector<FieldError> errors;
  for (const auto& category : categories) {
    const std::string field = "answers." + category.name;
    const auto answer = answers.find(category.name);
    if (answer == answers.end() || trim(answer->second).empty()) {
      errors.push_back({field, "required",
                        say(language, "Kies een antwoord bij " + category.name + ".",
                            "Kies in antwurd by " + category.name + ".", "Choose an answer for " + category.name + ".")});
    } else if (std::find(category.values.begin(), category.values.end(), trim(answer->second)) == category.values.end()) {
      std::string values;
      for (const auto& value : category.values) values += (values.empty() ? "" : ", ") + value;
      errors.push_back({field, "unknown_value",
                        say(language, "Kies een van de antwoorden bij " + category.name + ": " + values + ".",
                            "Kies ien fan de antwurden by " + category.name + ": " + values + ".",
                            "Choose one of the answers for " + category.name + ": " + values + ".")});
    }
  }
  // Not a structured binding: clang before 16 (the fuzzing build) cannot capture one in a lambda.
  for (const auto& answer : answers) {
    const std::string& name = answer.first;
    if (std::none_of(categories.begin(), categories.end(), [&](const auto& c) { return c.name == name; })) {
      errors.push_back({"answers." + name, "unknown_category", "'" + name + "' is not a quota category of this forum."});
    }
  }
  return errors;
}

std::vector<FieldError> check_volunteer_contact(VolunteerContact& contact, bool reachable_required, Language language) {
  std::vector<FieldError> errors;
  const std::string too_long = say(language, "Gebruik hier één regel van hoogstens 200 tekens.",
                                   "Brûk hjir ien rigel fan op syn heechst 200 tekens.",
                                   "Use one line of at most 200 characters here.");
  auto line = [&](std::string& text, const std::string& field) {
    text = trim(text);
    if (!one_line(text)) {
      errors.push_back({field, "control_characters", too_long});
      return false;
    }
    if (utf8_length(text).value_or(max_contact_characters + 1) > max_contact_characters) {
      errors.push_back({field, "too_long", too_long});
      return false;
    }
    return true;
  };
  line(contact.name, "name");
  if (line(contact.email, "email") && !contact.email.empty() && !looks_like_email(contact.email)) {
    errors.push_back({"email", "invalid_email",
                      say(language, "Dit is geen e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.",
                          "Dit is gjin e-mailadres. In e-mailadres sjocht der sa út: namme@foarbyld.nl.",
                          "This is not an email address. An email address looks like name@example.nl.")});
  }
  if (line(contact.phone, "phone") && !contact.phone.empty() && !looks_like_phone(contact.phone)) {
    errors.push_back({"phone", "invalid_phone",
                      say(language, "Dit is geen telefoonnummer. Gebruik alleen cijfers, spaties en een + vooraan.",
                          "Dit is gjin telefoannûmer. Brûk allinnich sifers, spaasjes en in + foaroan.",
                          "This is not a phone number. Use only digits, spaces and a + at the start.")});
  }
  if (reachable_required && contact.email.empty() && contact.phone.empty()) {
    errors.push_back({"email", "no_contact",
                      say(language, "Vul een e-mailadres of een telefoonnummer in, zodat we u kunnen bereiken.",
                          "Folje in e-mailadres of in telefoannûmer yn, sadat wy jo berikke kinne.",
                          "Enter an email address or a phone number, so that we can reach you.")});
  }
  return errors;
}

VolunteerImport read_volunteer_import(std::string_view csv, const std::vector<QuotaCategory>& categories,
                                      std::size_t problem_limit) {
  VolunteerImport result;
  result.problems = RegisterProblems(problem_limit);
  std::optional<VolunteerColumns> columns;
  std::map<std::string, long> seen_codes;
  CsvReader reader(volunteers_file, [&](std::vector<std::string>& fields, long row) {
    if (!columns) {
      columns = volunteer_columns(std::move(fields), row, categories);
    } else if (auto volunteer = read_volunteer(*columns, categories, fields, row, seen_codes, result.problems)) {
      result.volunteers.push_back(std::move(*volunteer));
    }
  });
  reader.feed(csv);
  reader.finish();
  if (!columns) throw Error(error_codes::invalid_volunteers, "the file is empty", Location{volunteers_file});
  if (result.volunteers.empty() && result.problems.total() == 0) {
    throw Error(error_codes::invalid_volunteers, "the file has a header but no volunteers", Location{volunteers_file});
  }
  return result;
}

}  // namespace mienskip
