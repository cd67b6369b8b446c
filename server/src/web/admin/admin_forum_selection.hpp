#pragma once

#include <chrono>

#include "store/connection_pool.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/http/router.hpp"
#include "app/selection_runner.hpp"

namespace mienskip::web {

/// The selection of a burgerforum's panel (issue 6, step 5), for its managers, every change audited:
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
/// The panel itself, drawn from the fixed run, is web/admin/admin_forum_panel.
void add_admin_forum_selection_routes(StaffRoutes& routes, app::SelectionRunner& runner, std::chrono::seconds wait);

}  // namespace mienskip::web
