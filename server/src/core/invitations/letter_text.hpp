#pragma once

#include <chrono>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/forum/forum_settings.hpp"
#include "core/invitations/letter_words.hpp"

namespace mienskip {

/// The facts a letter's text names through its placeholders, the same in every language: staff
/// enter a date or a phone number once, and each language writes it its own way.
struct LetterFacts {
  std::optional<std::chrono::year_month_day> reply_by;  // {antwoorddatum}: the last day to sign up
  std::string phone;                                    // {telefoon}: for questions, or to sign up by phone
  std::string email;                                    // {email}
  std::vector<std::chrono::year_month_day> meetings;    // {bijeenkomsten}, in date order
  std::optional<int> allowance_euros;                   // {vergoeding}: per meeting, whole euros
};

/// A letter's words in one language as staff wrote them. `body`: paragraphs separated by an empty
/// line; a line of a paragraph that names a fact not filled in is left out of the letter (so the
/// default text works before any fact is known, and the preview says what was left out).
struct LetterText {
  std::string forum_name;  // the forum's name in this language
  std::string body;
  std::string signature;   // under "Met vriendelijke groet,"
};

/// Everything staff set for a forum's letters: the facts, and the text per language
/// (letter_languages), where a language staff never changed has its default_letter_text.
struct LetterTexts {
  LetterFacts facts;
  std::map<std::string, LetterText> texts;
};

/// The words every forum's letter starts from in `language`, with the forum's own name.
LetterText default_letter_text(const std::string& language, const std::string& forum_name);

/// The placeholders a body may name, as written between braces: forum, gemeente, antwoorddatum,
/// telefoon, email, bijeenkomsten, vergoeding.
const std::vector<std::string>& letter_placeholders();

/// Limits: a body of at most 4,000 characters and 40 lines, a name or signature of at most 150, at
/// most 12 meetings, an allowance of at most 10,000 euros.
constexpr std::size_t max_letter_body_characters = 4000;

/// Reads {"facts": {"reply_by": "2027-01-15"|null, "phone", "email", "meetings": ["2027-03-06"],
/// "allowance_euros": 150|null}, "texts": {"nl"|"fy"|"en": {"forum_name", "body", "signature"}}}
/// (a language left out keeps its default text), every problem under its field: unknown_field,
/// unknown_language, invalid_date, invalid_phone, invalid_email, too_many_meetings,
/// invalid_allowance, unknown_placeholder, unclosed_placeholder, control_characters, too_long,
/// too_many_lines, empty. `forum_name` is the forum's own name (for the defaults).
Checked<LetterTexts> check_letter_texts(const nlohmann::json& body, const std::string& forum_name);

/// The form check_letter_texts reads, every language written out.
nlohmann::json letter_texts_json(const LetterTexts& texts);

/// A date as a letter in `language` writes it: "vrijdag 15 januari 2027", "freed 15 jannewaris
/// 2027", "Friday 15 January 2027".
std::string letter_date(std::chrono::year_month_day date, const std::string& language);

/// A letter's text with its placeholders filled in: the paragraphs as printed (unescaped), and
/// the lines left out because they name a fact not filled in, as staff wrote them.
struct FilledLetterText {
  std::string forum_name;
  std::vector<std::string> paragraphs;
  std::vector<std::string> left_out;
  std::string signature;
};

/// Fills in a text that check_letter_texts accepted (an unknown placeholder is a logic_error).
FilledLetterText fill_letter_text(const LetterText& text, const LetterFacts& facts, const std::string& language,
                                  const std::string& municipality);

}  // namespace mienskip
