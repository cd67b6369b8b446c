#pragma once

#include "web/router.hpp"
#include "web/survey_service.hpp"

namespace mienskip::web {

/// The pages residents answer a survey on, rendered by the server so that they work without
/// JavaScript (survey.js only adds a live points counter and steppers):
///   GET  /s/{slug}?lang=nl|fy|en       start page: introduction and the code from the letter
///   POST /s/{slug}                     checks the code, shows the form (with a saved draft)
///   GET  /s/{slug}/vragenlijst         the form of an open survey (no code)
///   POST /s/{slug}/antwoord            action=review|edit|save|submit; errors re-show the form
///                                      with the entered values; submit stores, then redirects
///   GET  /s/{slug}/bedankt             the thank-you page, shown only after the commit
void add_survey_page_routes(Router& router, SurveyService& surveys);

}  // namespace mienskip::web
