#pragma once

#include "store/connection_pool.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// The weighting settings saved per survey (issue 7), which the results, the council report and
/// `mienskip survey report` use unless a request asks for other options:
///   GET /api/admin/surveys/{slug}/weighting (admin, analyst)
///       {"variables": [...], "bounds": [lower, upper] | null, "by": QUESTION | null,
///        "updated_at": ISO 8601 | null, "updated_by": EMAIL | null}; the defaults (every margin
///       variable, no bounds, each view's own breakdown) until an admin saves some
///   PUT /api/admin/surveys/{slug}/weighting (admin; audited as `survey.weighting_changed`)
///       the same JSON, checked as the results' query options are: 422 `invalid_option` naming
///       the field, 409 `no_margins` before margins are uploaded; the settings as now saved
void add_admin_survey_weighting_routes(StaffRoutes& routes);

}  // namespace mienskip::web
