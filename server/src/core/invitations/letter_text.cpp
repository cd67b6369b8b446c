#include "core/invitations/letter_text.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/base/csv.hpp"
#include "core/base/utf8.hpp"

namespace mienskip {

namespace {

constexpr std::size_t max_body_lines = 40;
constexpr std::size_t max_name_characters = 150;
constexpr std::size_t max_meetings = 12;
constexpr int max_allowance_euros = 10000;

// A body split into literal text and placeholders; `unclosed` when a brace opens nothing.
struct Piece {
  std::string text;
  bool placeholder = false;
};

bool is_name_character(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }

// Splits a line at its placeholders: "{" then small letters then "}". Anything else after a "{"
// is a problem, so that a typing slip ("{telefoon" or "{ telefoon}") is not printed as is.
std::optional<std::vector<Piece>> pieces(const std::string& line) {
  std::vector<Piece> result;
  std::string text;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '{') {
      text += line[i];
      continue;
    }
    std::size_t end = i + 1;
    while (end < line.size() && end - i <= 20 && is_name_character(line[end])) ++end;
    if (end == i + 1 || end >= line.size() || line[end] != '}') return std::nullopt;
    if (!text.empty()) result.push_back({std::move(text), false});
    text.clear();
    result.push_back({line.substr(i + 1, end - i - 1), true});
    i = end;
  }
  if (!text.empty()) result.push_back({std::move(text), false});
  return result;
}

std::vector<std::string> lines_of(const std::string& body) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= body.size()) {
    const auto end = std::min(body.find('\n', start), body.size());
    lines.push_back(trim(body.substr(start, end - start)));
    start = end + 1;
  }
  return lines;
}

std::optional<std::chrono::year_month_day> iso_date(const nlohmann::json& value) {
  if (!value.is_string()) return std::nullopt;
  const auto text = value.get<std::string>();
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  char tail = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &year, &month, &day, &tail) != 3) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
  if (!date.ok() || year < 2000 || year > 2200) return std::nullopt;
  return date;
}

std::string iso_text(std::chrono::year_month_day date) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()));
  return text;
}

// A phone number as people write one: digits, spaces, +, -, ( and ), with 6 to 15 digits.
bool is_phone(const std::string& text) {
  const auto digits = std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool allowed = std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')';
  });
  return allowed && digits >= 6 && digits <= 15 && text.size() <= 30;
}

// An address a resident can type: one @ with text on both sides, a dot after it, no spaces.
bool is_email(const std::string& text) {
  const auto at = text.find('@');
  return text.size() <= 254 && at != std::string::npos && at > 0 && text.find('@', at + 1) == std::string::npos &&
         text.find('.', at) != std::string::npos && text.back() != '.' &&
         std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f; });
}

void add(std::vector<FieldError>& errors, const std::string& field, const std::string& code, const std::string& message) {
  errors.push_back({field, code, message});
}

bool has_control_characters(const std::string& text, bool lines_allowed) {
  return std::any_of(text.begin(), text.end(), [lines_allowed](char c) {
    return (static_cast<unsigned char>(c) < 0x20 && !(lines_allowed && c == '\n')) || c == 0x7f;
  });
}

// An optional one-line text: absent or empty is "", otherwise checked like every staff text.
std::string short_text(const nlohmann::json& object, const std::string& key, const std::string& field,
                       std::vector<FieldError>& errors) {
  if (!object.contains(key) || object[key].is_null()) return "";
  if (!object[key].is_string()) {
    add(errors, field, "not_text", "This must be text.");
    return "";
  }
  auto text = trim(object[key].get<std::string>());
  if (has_control_characters(text, false)) add(errors, field, "control_characters", "This must be on one line.");
  else if (utf8_length(text).value_or(0) > max_name_characters) add(errors, field, "too_long", "This is longer than 150 characters.");
  return text;
}

void check_keys(const nlohmann::json& object, const std::vector<std::string>& known, const std::string& prefix,
                std::vector<FieldError>& errors) {
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      add(errors, prefix + key, "unknown_field", "This field is not part of a letter's settings.");
    }
  }
}

LetterFacts check_facts(const nlohmann::json& facts, std::vector<FieldError>& errors);
std::string check_body(const nlohmann::json& text, const std::string& field, std::vector<FieldError>& errors);

LetterText check_language(const nlohmann::json& text, const std::string& language, const std::string& forum_name,
                          std::vector<FieldError>& errors) {
  const std::string field = "texts." + language;
  auto result = default_letter_text(language, forum_name);
  if (!text.is_object()) {
    add(errors, field, "not_text", "A letter's text is {\"forum_name\", \"body\", \"signature\"}.");
    return result;
  }
  check_keys(text, {"forum_name", "body", "signature"}, field + ".", errors);
  if (auto name = short_text(text, "forum_name", field + ".forum_name", errors); !name.empty()) result.forum_name = name;
  if (auto signature = short_text(text, "signature", field + ".signature", errors); !signature.empty()) result.signature = signature;
  if (text.contains("body")) result.body = check_body(text["body"], field + ".body", errors);
  return result;
}

std::string check_body(const nlohmann::json& value, const std::string& field, std::vector<FieldError>& errors) {
  if (!value.is_string()) {
    add(errors, field, "not_text", "The letter's text must be text.");
    return "";
  }
  std::string body;
  for (const char c : value.get<std::string>()) {
    if (c != '\r') body += c;  // Windows line ends are line ends
  }
  body = trim(body);
  if (body.empty()) add(errors, field, "empty", "The letter has no text.");
  else if (utf8_length(body).value_or(0) > max_letter_body_characters) add(errors, field, "too_long", "The letter's text is longer than 4,000 characters.");
  else if (std::count(body.begin(), body.end(), '\n') >= static_cast<long>(max_body_lines)) add(errors, field, "too_many_lines", "The letter's text has more than 40 lines.");
  else if (has_control_characters(body, true)) add(errors, field, "control_characters", "The letter's text holds tabs or control characters.");
  if (!errors.empty() && errors.back().field == field) return body;
  const auto& known = letter_placeholders();
  for (const auto& line : lines_of(body)) {
    const auto split = pieces(line);
    if (!split) {
      add(errors, field, "unclosed_placeholder", "A { does not start a placeholder such as {antwoorddatum}: " + line);
      return body;
    }
    for (const auto& piece : *split) {
      if (piece.placeholder && std::find(known.begin(), known.end(), piece.text) == known.end()) {
        add(errors, field, "unknown_placeholder", "{" + piece.text + "} is not a placeholder.");
        return body;
      }
    }
  }
  return body;
}

}  // namespace

const std::vector<std::string>& letter_placeholders() {
  static const std::vector<std::string> names{"forum", "gemeente", "antwoorddatum", "telefoon", "email", "bijeenkomsten", "vergoeding"};
  return names;
}

LetterText default_letter_text(const std::string& language, const std::string& forum_name) {
  const auto& words = letter_words(language);
  return {forum_name, words.body, words.signature};
}

Checked<LetterTexts> check_letter_texts(const nlohmann::json& body, const std::string& forum_name) {
  std::vector<FieldError> errors;
  if (!body.is_object()) return {std::nullopt, {{"", "not_object", "Send {\"facts\": {...}, \"texts\": {...}}."}}};
  check_keys(body, {"facts", "texts"}, "", errors);
  LetterTexts result;
  if (body.contains("facts")) result.facts = check_facts(body["facts"], errors);
  const auto texts = body.value("texts", nlohmann::json::object());
  if (!texts.is_object()) add(errors, "texts", "not_object", "The texts are an object per language.");
  for (const auto& language : letter_languages()) {
    result.texts[language] = texts.is_object() && texts.contains(language)
                                 ? check_language(texts[language], language, forum_name, errors)
                                 : default_letter_text(language, forum_name);
  }
  if (texts.is_object()) {
    for (const auto& [language, text] : texts.items()) {
      if (!is_letter_language(language)) add(errors, "texts." + language, "unknown_language", "Letters are written in nl, fy or en.");
    }
  }
  if (!errors.empty()) return {std::nullopt, std::move(errors)};
  return {std::move(result), {}};
}

namespace {

LetterFacts check_facts(const nlohmann::json& facts, std::vector<FieldError>& errors) {
  LetterFacts result;
  if (!facts.is_object()) {
    add(errors, "facts", "not_object", "The facts are an object.");
    return result;
  }
  check_keys(facts, {"reply_by", "phone", "email", "meetings", "allowance_euros"}, "facts.", errors);
  if (facts.contains("reply_by") && !facts["reply_by"].is_null()) {
    result.reply_by = iso_date(facts["reply_by"]);
    if (!result.reply_by) add(errors, "facts.reply_by", "invalid_date", "Write the date as YYYY-MM-DD.");
  }
  result.phone = short_text(facts, "phone", "facts.phone", errors);
  if (!result.phone.empty() && !is_phone(result.phone)) add(errors, "facts.phone", "invalid_phone", "This is not a phone number.");
  result.email = short_text(facts, "email", "facts.email", errors);
  if (!result.email.empty() && !is_email(result.email)) add(errors, "facts.email", "invalid_email", "This is not an e-mail address.");
  const auto meetings = facts.value("meetings", nlohmann::json::array());
  if (!meetings.is_array()) add(errors, "facts.meetings", "not_list", "The meetings are a list of dates.");
  else if (meetings.size() > max_meetings) add(errors, "facts.meetings", "too_many_meetings", "A letter names at most 12 meetings.");
  else {
    for (std::size_t i = 0; i < meetings.size(); ++i) {
      if (const auto date = iso_date(meetings[i])) result.meetings.push_back(*date);
      else add(errors, "facts.meetings[" + std::to_string(i) + "]", "invalid_date", "Write the date as YYYY-MM-DD.");
    }
    std::sort(result.meetings.begin(), result.meetings.end());
  }
  const auto& allowance = facts.contains("allowance_euros") ? facts["allowance_euros"] : nlohmann::json();
  if (!allowance.is_null()) {
    if (allowance.is_number_integer() && allowance.get<long long>() >= 0 && allowance.get<long long>() <= max_allowance_euros) {
      result.allowance_euros = allowance.get<int>();
    } else {
      add(errors, "facts.allowance_euros", "invalid_allowance", "The allowance is whole euros from 0 to 10,000.");
    }
  }
  return result;
}

}  // namespace

nlohmann::json letter_texts_json(const LetterTexts& texts) {
  const auto& f = texts.facts;
  auto meetings = nlohmann::json::array();
  for (const auto date : f.meetings) meetings.push_back(iso_text(date));
  nlohmann::json facts = {{"reply_by", f.reply_by ? nlohmann::json(iso_text(*f.reply_by)) : nlohmann::json()},
                          {"phone", f.phone},
                          {"email", f.email},
                          {"meetings", meetings},
                          {"allowance_euros", f.allowance_euros ? nlohmann::json(*f.allowance_euros) : nlohmann::json()}};
  auto languages = nlohmann::json::object();
  for (const auto& [language, text] : texts.texts) {
    languages[language] = {{"forum_name", text.forum_name}, {"body", text.body}, {"signature", text.signature}};
  }
  return {{"facts", facts}, {"texts", languages}};
}

std::string letter_date(std::chrono::year_month_day date, const std::string& language) {
  const auto& words = letter_words(language);
  const std::chrono::weekday weekday{std::chrono::sys_days{date}};
  return std::string(words.weekdays[weekday.c_encoding()]) + " " + std::to_string(static_cast<unsigned>(date.day())) +
         " " + words.months[static_cast<unsigned>(date.month()) - 1] + " " + std::to_string(static_cast<int>(date.year()));
}

namespace {

// The value of each placeholder in `language`; empty when the fact is not filled in.
std::string placeholder_value(const std::string& name, const LetterText& text, const LetterFacts& facts,
                              const std::string& language, const std::string& municipality) {
  if (name == "forum") return text.forum_name;
  if (name == "gemeente") return municipality;
  if (name == "antwoorddatum") return facts.reply_by ? letter_date(*facts.reply_by, language) : "";
  if (name == "telefoon") return facts.phone;
  if (name == "email") return facts.email;
  if (name == "vergoeding") return facts.allowance_euros ? "€ " + std::to_string(*facts.allowance_euros) : "";
  if (name == "bijeenkomsten") {
    std::string list;
    for (std::size_t i = 0; i < facts.meetings.size(); ++i) {
      if (i > 0) list += i + 1 == facts.meetings.size() ? letter_words(language).and_word : ", ";
      list += letter_date(facts.meetings[i], language);
    }
    return list;
  }
  throw std::logic_error("unknown placeholder {" + name + "}");
}

}  // namespace

FilledLetterText fill_letter_text(const LetterText& text, const LetterFacts& facts, const std::string& language,
                                  const std::string& municipality) {
  FilledLetterText filled{text.forum_name, {}, {}, text.signature};
  std::string paragraph;
  for (const auto& line : lines_of(text.body)) {
    if (line.empty()) {
      if (!paragraph.empty()) filled.paragraphs.push_back(std::move(paragraph));
      paragraph.clear();
      continue;
    }
    const auto split = pieces(line);
    if (!split) throw std::logic_error("a letter's text with an unclosed placeholder");
    std::string written;
    bool complete = true;
    for (const auto& piece : *split) {
      const auto value = piece.placeholder ? placeholder_value(piece.text, text, facts, language, municipality) : piece.text;
      complete = complete && !value.empty();
      written += value;
    }
    if (!complete) {
      filled.left_out.push_back(line);
      continue;
    }
    paragraph += (paragraph.empty() ? "" : " ") + written;
  }
  if (!paragraph.empty()) filled.paragraphs.push_back(std::move(paragraph));
  return filled;
}

}  // namespace mienskip
