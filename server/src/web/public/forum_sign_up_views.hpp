#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/base/field_error.hpp"
#include "core/forum/forum_volunteers.hpp"
#include "core/forum/question_texts.hpp"
#include "core/survey/survey.hpp"
#include "store/forums.hpp"

namespace mienskip::web {

// The burgerforum sign-up pages as HTML, from server/templates/forum_*.mustache and
// server/texts/forum_sign_up/; the forum's name, municipality and quota questions come from staff.

/// What a resident entered on the sign-up form, to show it again, and the problems found with it.
struct SignUpEntry {
  Language language = Language::nl;
  std::string code;
  std::map<std::string, std::string> answers;  // by category name
  VolunteerContact contact;
  bool consent = false;
  std::vector<FieldError> errors;  // fields: code, answers.<category>, name, email, phone, consent
};

/// The form: the letter's code, one question per quota category (worded by `questions` in the
/// entry's language, with its help text), contact details and consent, with what was entered and
/// an error summary when there are errors.
std::string sign_up_form_page(const store::StoredForum& forum, const QuestionTexts& questions, const SignUpEntry& entry);

/// The forum's heading and a notice instead of the form: sign-up not open yet, or closed.
std::string sign_up_notice_page(const store::StoredForum& forum, Language language, const std::string& notice);

/// What the page after signing up says besides what happens next: the volunteer's public number
/// (none when the address carries no valid one), who to ask (the phone and e-mail of the letters'
/// facts; empty: not said) and where the verification page is.
struct SignUpThanks {
  std::optional<std::string> volunteer_id;
  std::string phone;
  std::string email;
  std::string verification_url;
};

/// What happens after signing up, the volunteer's number and who to ask.
std::string sign_up_thanks_page(const store::StoredForum& forum, Language language, const SignUpThanks& thanks);

/// The page for an address with no forum: a resident who mistyped it gets words, not JSON.
std::string forum_not_found_page(const std::string& slug, Language language);

/// A word of these pages in `language` (server/texts/forum_sign_up/<language>.json).
std::string sign_up_text(Language language, const std::string& name);

}  // namespace mienskip::web
