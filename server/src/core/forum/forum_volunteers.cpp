#include "core/forum/forum_volunteers.hpp"

#include <algorithm>
#include <cctype>

#include "core/base/csv.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

constexpr std::size_t max_contact_characters = 200;

// The three page languages of the sign-up form.
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

}  // namespace mienskip
