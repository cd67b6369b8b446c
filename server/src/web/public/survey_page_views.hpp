#pragma once

#include <string>
#include <vector>

#include "core/survey/survey_response.hpp"
#include "store/surveys.hpp"

namespace mienskip::web {

/// Everything a survey form page needs to be shown (again).
struct FormState {
  Language language = Language::nl;
  std::string code;  // as typed, empty for an open survey
  std::string key;   // idempotency key of this form
  ResponseDraft draft;
  std::vector<FieldError> errors;
  std::string notice;
  bool preview = false;  // staff's preview: looks the same, sends nothing
};

// The survey pages as HTML, from server/templates/survey_*.mustache and server/texts/survey/. A
// staff preview is rendered by this same code, so staff see what residents get; but nothing on it
// may reach the real survey: its forms have no address, its submit buttons are disabled and its
// links to other pages are inert; a banner says so.

/// The start page: the introduction, then the code from the letter, a link to the form of a survey
/// without codes, or the notice that it is closed. `error` is the code's problem, if any.
std::string survey_start_page(const store::StoredSurvey& stored, Language language, const std::string& typed_code,
                              const std::string& error, bool preview = false);

/// The form, with what was entered, its errors and a notice (saved).
std::string survey_form_page(const store::StoredSurvey& stored, const FormState& state);

/// The answers to check before sending.
std::string survey_review_page(const store::StoredSurvey& stored, const FormState& state, const ValidResponse& response);

/// A page that only says something: a title and paragraphs of plain text.
std::string survey_message_page(const store::StoredSurvey& stored, Language language, const std::string& title,
                                const std::vector<std::string>& paragraphs, bool preview = false);

/// A word of the survey pages in `language` (server/texts/survey/<language>.json).
std::string survey_text(Language language, const std::string& name);

}  // namespace mienskip::web
