#pragma once

#include <string>
#include <vector>

#include "core/survey/survey.hpp"
#include "web/http/http_types.hpp"

namespace mienskip::web {

/// The language's code as pages write it: "nl", "fy", "en".
std::string code_of(Language language);

/// The page's language from its `lang` query parameter; Dutch without one or for an unknown code.
Language page_language(const Request& request);

/// One language in a page's language choice.
struct LanguageChoice {
  Language language = Language::nl;
  bool current = false;   // the page's own language (aria-current)
  std::string href;       // a link's target; empty: an inert link (staff preview) or a button
  bool button = false;    // a button that submits the form "survey" with switch_lang, instead of a link
  bool disabled = false;  // a button in a staff preview
};

/// Links to `path?lang=<code>` for each language offered, the current one marked; inert in a
/// staff preview.
std::vector<LanguageChoice> language_links(Language current, const std::string& path, bool preview = false,
                                           const std::vector<Language>& offered = {Language::nl, Language::fy,
                                                                                   Language::en});

/// Buttons that submit the survey form in another language, so nothing typed is lost by switching.
std::vector<LanguageChoice> language_buttons(Language current, bool preview = false);

/// What differs between the pages residents and the public read (survey, sign-up, verification).
struct ResidentPage {
  Language language = Language::nl;  // the html lang attribute and the frame's words
  std::string title;                 // plain text
  std::vector<LanguageChoice> languages;
  std::string main;                  // the main landmark's content: HTML rendered from a page template
  std::string first = "";            // before the skip link, HTML rendered from a page template
  bool survey_script = false;        // survey.js: the live points counter and steppers
  bool preview = false;              // a staff preview: the "Voorbeeld" banner above main
};

/// The one frame of those pages (server/templates/layout.mustache): the NL Design System style
/// sheets, a skip link, the header with the language choice, and one main landmark.
std::string resident_page(const ResidentPage& page);

/// A resident page as the HTTP answer; the server adds Cache-Control: no-store to every answer.
Response html_page(int status, std::string body);

/// Post/redirect/get: the browser follows with a GET, so a reload cannot send a form again.
Response see_other(const std::string& location);

}  // namespace mienskip::web
