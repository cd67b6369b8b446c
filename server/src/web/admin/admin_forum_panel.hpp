#pragma once

#include "web/admin/staff_routes.hpp"

namespace mienskip::web {

/// A burgerforum's panel, from drawn to seated (issues 6, 18, 22), every change audited:
///   POST /api/admin/forums/{slug}/panel      {"lottery_number": 0-999}: 201, the panel that ticket
///        draws from the fixed run's published lottery, as `mienskip select --lottery-number` draws
///        it. 409 `panel_drawn`, `sign_up_open`, `no_selection`, `selection_stale`,
///        `selection_not_fixed`, `number_too_early`
///   GET  /api/admin/forums/{slug}/panel      members with answers, contact details and seat
///        statuses; number, rounds; `seated`
///   POST /api/admin/forums/{slug}/panel/dropouts  {"ids": [...], "seed": "..."}: 201, a round of
///        alternates (core draw_alternates) for members who declined or withdrew. 422
///        `invalid_dropouts`, `invalid_seed`, `no_alternates`
///   GET  /api/admin/forums/{slug}/panel/contacts  what a caller sees: names, contact details,
///        seat statuses and their comments
///   POST /api/admin/forums/{slug}/panel/members/{id}/status  {"status": "confirmed", "comment":
///        "..."}: 200, the contacts; a caller's record of a call. 422 `invalid_panel_status`
///   POST /api/admin/forums/{slug}/published-pool/unpublish  200, the panel: takes the volunteers'
///        answers (features.csv, candidates.csv, selection.json) off the public page, their hashes
///        staying (issue 18). 409 `no_panel` before the panel
/// Managers of the forum (forum_manage) may do everything; its callers (forum_call) only read the
/// contacts and record statuses.
void add_admin_forum_panel_routes(StaffRoutes& routes);

}  // namespace mienskip::web
