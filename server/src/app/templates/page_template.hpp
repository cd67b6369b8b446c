#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "app/templates/page_files.hpp"

namespace mienskip::app {

/// Renders server/templates/<name>.mustache (compiled into the binary) with `data`, a JSON object
/// whose strings, numbers, booleans, lists and objects the template reads; false, null and an empty
/// list hide a section.
///
/// `{{x}}` is HTML-escaped (core's escape_html, the same bytes the pages always had). `{{{x}}}` is
/// written as it is, and is only for HTML this program rendered from another template (each such
/// place says so). `{{> name}}` includes server/templates/<name>.mustache, with the same data.
///
/// Mustache looks a name up in the enclosing sections when the current item lacks it, so the code
/// gives every list item all the keys its template reads (false when empty).
///
/// An unknown template or partial, or one Mustache cannot parse, is a fault of the program, not of
/// the request: it throws std::logic_error (answered as an internal error), and
/// check_page_templates finds it at startup and in the tests.
///
/// `variant` (such as "en"): the template and each partial is <name>.<variant>.mustache where that
/// exists and <name>.mustache otherwise, so a page in another language replaces only the templates
/// that hold words.
std::string render_page_template(const std::string& name, const nlohmann::json& data, const std::string& variant = "");

/// Parses every template of `files` (by default the embedded ones) and checks that each partial it
/// names is among them; throws std::logic_error naming the first fault.
void check_page_templates(const std::vector<PageFile>& files = embedded_page_templates());

}  // namespace mienskip::app
