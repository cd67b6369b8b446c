#pragma once

#include <string>
#include <vector>

namespace mienskip {

/// One drawn resident's letter: the address block (e.g. name, street and number, postcode and
/// place), the personal code they sign up with, and the name to greet them by (empty: a neutral
/// greeting).
struct InvitationLetter {
  std::vector<std::string> address_lines;
  std::string code;
  std::string addressee;
};

/// What every letter of a forum says besides the address and code.
struct LetterSettings {
  std::string language;      // "nl" or "fy"
  std::string forum_name;    // "Burgerforum Energie"
  std::string municipality;  // "Súdwest-Fryslân"
  std::string signup_address;  // where residents sign up with their code, printed in full
};

/// The languages letters are written in: Dutch and Frisian.
bool is_letter_language(const std::string& language);

/// The letter's greeting, unescaped: "Beste Sjoerd de Vries," ("Bêste ..." in Frisian) when the
/// letter has an addressee, "Beste bewoner," ("Bêste bewenner,") when it has none.
std::string letter_greeting(const std::string& language, const std::string& addressee);

/// Printable HTML: one A4 letter a page (the address block where a window envelope shows it), in
/// Dutch or Frisian, inviting the resident to volunteer for the forum with their code. Every text
/// from the register is escaped.
std::string invitation_letters_html(const LetterSettings& settings, const std::vector<InvitationLetter>& letters);

}  // namespace mienskip
