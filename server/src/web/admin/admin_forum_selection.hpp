#pragma once

#include <chrono>

#include "store/connection_pool.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/http/router.hpp"
#include "app/selection_runner.hpp"

namespace mienskip::web {

/// The panel of a burgerforum (issue 6, step 5), for admins only, every change audited:
///   POST /api/admin/forums/{slug}/selection  {"algorithm": "leximin"|"maximin"}: 202, starts the
///        selection probabilities (`mienskip select` without a number) in the background; every
///        run is kept. 409 `selection_running`, `selection_fixed`, `panel_drawn`, `no_volunteers`,
///        `answers_outside_quotas` (an answer the quotas lack); 422 `quota_infeasible` (with the
///        feasibility and its relaxation)
///   GET  /api/admin/forums/{slug}/selection  its status, progress and result; `stale` when the
///        volunteers or quotas changed since; `runs` (every kept run) and `fixed`
///   POST /api/admin/forums/{slug}/selection/fixed  {"run": N}: 201, fixes the latest run, done, as
///        the one the panel is drawn from (issue 18); the number may be entered `wait` later. 409
///        `selection_fixed`, `panel_drawn`, `sign_up_open`, `no_selection`, `selection_stale`
///   POST /api/admin/forums/{slug}/panel      {"lottery_number": 0-999}: 201, the panel that ticket
///        draws from the fixed run's published lottery, as `mienskip select --lottery-number` draws
///        it. 409 `panel_drawn`, `sign_up_open`, `no_selection`, `selection_stale`,
///        `selection_not_fixed`, `number_too_early`
///   GET  /api/admin/forums/{slug}/panel      members with contact details, number, rounds
///   POST /api/admin/forums/{slug}/panel/dropouts  {"ids": [...], "seed": "..."}: 201, a round of
///        alternates (core draw_alternates). 422 `invalid_dropouts`, `invalid_seed`, `no_alternates`
///   POST /api/admin/forums/{slug}/published-pool/unpublish  200, the panel: takes the volunteers'
///        answers (features.csv, candidates.csv, selection.json) off the public page, their hashes
///        staying (issue 18). 409 `no_panel` before the panel
void add_admin_forum_selection_routes(StaffRoutes& routes, app::SelectionRunner& runner, std::chrono::seconds wait);

}  // namespace mienskip::web
