#pragma once

#include "store/connection_pool.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// Staff routes that show how a survey is going, for admins and analysts (read only):
///   GET /api/admin/surveys/{slug}/arrivals[?by=QUESTION]
///       responses per day (Europe/Amsterdam) and per answer to a demographic question (default
///       `area` when the survey asks it, else its first question)
///   GET /api/admin/surveys/{slug}/motivations[?scenario=ID&q=TEXT&limit=50&offset=0]
///       residents' motivations, newest first, optionally of one scenario and containing a text
///       (case-insensitive, taken literally), with the number of motivations per scenario
/// Unknown or malformed options are refused with 422 `invalid_option`.
void add_admin_survey_insight_routes(StaffRoutes& routes);

}  // namespace mienskip::web
