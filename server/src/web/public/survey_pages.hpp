#pragma once

#include "web/http/router.hpp"
#include "app/survey_service.hpp"

namespace mienskip::web {

/// The pages residents answer a survey on, rendered by the server so that they work without
/// JavaScript (survey.js only adds a live points counter and steppers):
///   GET  /s/{slug}?lang=nl|fy|en       start page: introduction and the code from the letter
///   POST /s/{slug}                     checks the code, shows the form (with a saved draft)
///   GET  /s/{slug}/vragenlijst         the form of an open survey (no code)
///   POST /s/{slug}/antwoord            action=review|edit|save|submit; errors re-show the form
///                                      with the entered values; submit stores, then redirects
///   GET  /s/{slug}/bedankt             the thank-you page, shown only after the commit
void add_survey_page_routes(Router& router, app::SurveyService& surveys);

/// The resident pages a staff preview can show: the start page (introduction, code), the form,
/// and the thank-you page (closing text).
enum class PreviewPage { start, form, thanks };

/// A resident page of `survey` rendered by the very code that renders the real one, for staff to
/// check a definition before they store it, shown as when the survey is open. Marked "Voorbeeld" at the top; nothing on it can send anything: its forms have no
/// address, their submit buttons are disabled and its links to other pages are inert.
std::string survey_preview_page(const store::StoredSurvey& survey, Language language, PreviewPage page);

}  // namespace mienskip::web
