#pragma once

#include <string>
#include <vector>

#include "core/invitations/letter_text.hpp"

namespace mienskip::app {

/// One drawn resident's letter: the address block (e.g. name, street and number, postcode and
/// place), the personal code they sign up with, and the name to greet them by (empty: a neutral
/// greeting).
struct InvitationLetter {
  std::vector<std::string> address_lines;
  std::string code;
  std::string addressee;
};

/// What every letter of a forum says besides the address and code: the language ("nl", "fy" or
/// "en"), the staff's text with its facts filled in, the municipality and where residents sign up.
struct LetterPage {
  std::string language;
  FilledLetterText text;
  std::string municipality;
  std::string sign_up_url;
};

/// Printable HTML (server/templates/invitation_letters.mustache): one A4 letter a page, the
/// address block where a window envelope shows it, then the greeting, the staff's paragraphs, the
/// code, the sign-up address and a QR code that opens the sign-up page with the code filled in
/// (core/invitations/letter_link). Every text, from the register or from staff, is escaped.
std::string invitation_letters_html(const LetterPage& page, const std::vector<InvitationLetter>& letters);

}  // namespace mienskip::app
