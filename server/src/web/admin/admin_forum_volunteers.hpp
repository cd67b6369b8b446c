#pragma once

#include <string>

#include "store/connection_pool.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// The volunteers of a burgerforum (issue 6, step 4), for its managers, every change audited with
/// counts and volunteer ids, never a name, email, phone or code:
///   GET  /api/admin/forums/{slug}/volunteers   {"sign_up": {"open", "closed_at", "closed_by",
///        "path"}, "invitations", "volunteers": [{"id", "answers", "name", "email", "phone",
///        "source", "registered_at", "withdrawn_at"}], "counts": [{"category", "value",
///        "volunteers", "min", "max"}], "feasibility"} (against the volunteers not withdrawn,
///        once there is one; against the quotas' numbers before)
///   POST /api/admin/forums/{slug}/volunteers   text/csv import (UTF-8 or Windows-1252, `,` or `;`),
///        all or nothing: 201 {"imported", "encoding", "ignored_columns"}; 422 `invalid_volunteers`
///        with the file's problems (each with a code and params); 409 `sign_up_closed`
///   GET  /api/admin/forums/{slug}/volunteers/template.csv   an empty import file for Dutch Excel
///   POST /api/admin/forums/{slug}/volunteers/{id}/withdraw   the volunteer; 409 `already_withdrawn`
///   POST /api/admin/forums/{slug}/sign-up/close, /sign-up/open   the "sign_up" object; 409 `no_draw`
///   GET  /api/admin/forums/{slug}/recruitment   per stratum of the letters, lowest response
///        first: {"stratify_by", "total": {"letters", "volunteers", "withdrawn", "response_rate"},
///        "strata": [{"stratum", "letters", "volunteers", "withdrawn", "response_rate",
///        "below_total"}]}; 409 `no_draw` before the invitations are drawn
void add_admin_forum_volunteer_routes(StaffRoutes& routes,
                                      const std::string& secret);

}  // namespace mienskip::web
