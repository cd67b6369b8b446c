#pragma once

#include <array>
#include <string>
#include <vector>

namespace mienskip {

/// The fixed words of an invitation letter in one language, and its default body (letter_text).
struct LetterWords {
  const char* title;          // of the printable page: "Uitnodigingsbrieven"
  const char* greeting;       // without a name: "Beste bewoner,"
  const char* dear;           // before a name: "Beste "
  const char* code_label;     // "Uw persoonlijke code"
  const char* address_label;  // "Aanmelden op"
  const char* scan_label;     // beside the QR code: "Of scan deze code met uw telefoon: ..."
  const char* closing;        // "Met vriendelijke groet,"
  const char* signature;      // the default signature
  const char* body;           // the default body, with placeholders
  std::array<const char*, 7> weekdays;  // Sunday first, as std::chrono::weekday counts
  std::array<const char*, 12> months;
  const char* and_word;       // the last item of a list: " en "
};

/// The languages letters are written in: Dutch, Frisian and English.
const std::vector<std::string>& letter_languages();
bool is_letter_language(const std::string& language);

/// The words of `language` (Dutch for any language but "fy" and "en").
const LetterWords& letter_words(const std::string& language);

/// The letter's greeting, unescaped: "Beste Sjoerd de Vries," ("Bêste ..." in Frisian, "Dear ..."
/// in English) when the letter has an addressee, "Beste bewoner," ("Bêste bewenner,", "Dear
/// resident,") when it has none.
std::string letter_greeting(const std::string& language, const std::string& addressee);

}  // namespace mienskip
