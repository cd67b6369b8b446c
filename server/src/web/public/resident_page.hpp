#pragma once

#include <string>

namespace mienskip::web {

/// What differs between the pages residents and the public read (survey, sign-up, verification).
struct ResidentPage {
  std::string language;         // the html lang attribute: nl, fy, en
  std::string title;            // plain text
  std::string skip_link;        // the skip link's words, as HTML
  std::string languages_label;  // the language navigation's label, as HTML
  std::string languages;        // the language navigation's list, as HTML
  std::string main;             // the main landmark's content, as HTML
  std::string head = "";        // more in <head>, e.g. a script
  std::string first = "";       // before the skip link, e.g. a form the page's buttons submit
};

/// The one frame of those pages: the NL Design System style sheets, a skip link, the header
/// with the language choice, and one main landmark.
std::string resident_page(const ResidentPage& page);

}  // namespace mienskip::web
