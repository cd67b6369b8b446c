#pragma once

#include <ostream>
#include <string>

#include "web/http/router.hpp"

namespace mienskip::web {

/// Serves the resident pages' stylesheets and script under /static/ from `directory`
/// (server/static): our own mienskip.css and survey.js, and the NL Design System components CSS
/// that the project's scripts install there with npm. Only these files are served, read once at
/// start-up; a missing one is reported on `log` and answered with 404 (the pages still work).
void add_static_routes(Router& router, const std::string& directory, std::ostream& log);

}  // namespace mienskip::web
