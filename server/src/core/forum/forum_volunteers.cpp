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
  const std::string file = "volunteers.csv";
  VolunteerImport result;
  result.problems = RegisterProblems(problem_limit);
  std::vector<std::string> header;
  int code_column = -1, name_column = -1, email_column = -1, phone_column = -1;
  std::vector<int> category_columns;
  std::map<std::string, long> seen_codes;
  bool header_read = false;

  auto read_header = [&](std::vector<std::string>& fields, long row) {
    for (auto& name : fields) name = trim(name);
    std::set<std::string> names;
    for (std::size_t c = 0; c < fields.size(); ++c) {
      const auto& name = fields[c];
      if (!storable(name)) throw Error(error_codes::invalid_volunteers, "the header is not UTF-8 text; save the file as CSV UTF-8", Location{file, row, ""});
      if (!names.insert(name).second) throw Error(error_codes::invalid_volunteers, "the column '" + name + "' appears twice", Location{file, row, name});
      const int at = static_cast<int>(c);
      if (name == "code") {
        code_column = at;
      } else if (name == "naam" || name == "name") {
        if (name_column >= 0) throw Error(error_codes::invalid_volunteers, "give the name in one column, naam or name", Location{file, row, name});
        name_column = at;
      } else if (name == "email") {
        email_column = at;
      } else if (name == "telefoon" || name == "phone") {
        if (phone_column >= 0) throw Error(error_codes::invalid_volunteers, "give the phone number in one column, telefoon or phone", Location{file, row, name});
        phone_column = at;
      } else if (std::none_of(categories.begin(), categories.end(), [&](const auto& q) { return q.name == name; })) {
        throw Error(error_codes::invalid_volunteers,
                    "the column '" + name + "' is neither code, a quota category, naam, email nor telefoon",
                    Location{file, row, name});
      }
    }
    if (code_column < 0) throw Error(error_codes::invalid_volunteers, "the file has no column 'code' (the letter's code)", Location{file, row, ""});
    for (const auto& category : categories) {
      const auto at = std::find(fields.begin(), fields.end(), category.name);
      if (at == fields.end()) {
        throw Error(error_codes::invalid_volunteers, "the file has no column for the quota category '" + category.name + "'",
                    Location{file, row, ""});
      }
      category_columns.push_back(static_cast<int>(at - fields.begin()));
    }
    header = fields;
    header_read = true;
  };

  auto read_row = [&](std::vector<std::string>& fields, long row) {
    if (fields.size() != header.size()) {
      result.problems.add({row, "", "this line has " + std::to_string(fields.size()) + " fields, the header has " +
                                        std::to_string(header.size())});
      return;
    }
    bool good = true;
    for (std::size_t c = 0; c < fields.size(); ++c) {
      fields[c] = trim(fields[c]);
      if (!storable(fields[c])) {
        result.problems.add({row, header[c], "not UTF-8 text; save the file as CSV UTF-8 and import it again"});
        good = false;
      }
    }
    if (!good) return;
    ImportedVolunteer volunteer;
    volunteer.row = row;
    const auto& typed = fields[static_cast<std::size_t>(code_column)];
    const auto code = normalise_invitation_code(typed);
    if (typed.empty()) {
      result.problems.add({row, "code", "the code is empty"});
      good = false;
    } else if (!code) {
      result.problems.add({row, "code", "this is not a letter code (12 letters and digits)"});
      good = false;
    } else if (const auto [first, fresh] = seen_codes.emplace(*code, row); !fresh) {
      result.problems.add({row, "code", "the code is also on row " + std::to_string(first->second)});
      good = false;
    } else {
      volunteer.code = *code;
    }
    for (std::size_t c = 0; c < categories.size(); ++c) {
      volunteer.answers[categories[c].name] = fields[static_cast<std::size_t>(category_columns[c])];
    }
    for (const auto& error : check_volunteer_answers(categories, volunteer.answers)) {
      const std::string category = error.field.substr(std::string("answers.").size());
      result.problems.add({row, category,
                           error.code == "required" ? "the answer is empty"
                                                    : "not one of the values of '" + category + "' in the quotas"});
      good = false;
    }
    for (auto& [category, answer] : volunteer.answers) answer = trim(answer);
    if (name_column >= 0) volunteer.contact.name = fields[static_cast<std::size_t>(name_column)];
    if (email_column >= 0) volunteer.contact.email = fields[static_cast<std::size_t>(email_column)];
    if (phone_column >= 0) volunteer.contact.phone = fields[static_cast<std::size_t>(phone_column)];
    for (const auto& error : check_volunteer_contact(volunteer.contact, false)) {
      const int column = error.field == "name" ? name_column : error.field == "email" ? email_column : phone_column;
      result.problems.add({row, header[static_cast<std::size_t>(column)],
                           error.code == "invalid_email"   ? "this is not an email address"
                           : error.code == "invalid_phone" ? "this is not a phone number"
                                                           : "more than one line of at most 200 characters"});
      good = false;
    }
    if (good) result.volunteers.push_back(std::move(volunteer));
  };

  CsvReader reader(file, [&](std::vector<std::string>& fields, long row) {
    if (!header_read) {
      read_header(fields, row);
    } else {
      read_row(fields, row);
    }
  });
  reader.feed(csv);
  reader.finish();
  if (!header_read) throw Error(error_codes::invalid_volunteers, "the file is empty", Location{file});
  if (result.volunteers.empty() && result.problems.total() == 0) {
    throw Error(error_codes::invalid_volunteers, "the file has a header but no volunteers", Location{file});
  }
  return result;
}

}  // namespace mienskip
