#pragma once

#include "store/connection_pool.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/http/router.hpp"
#include "app/selection_runner.hpp"

namespace mienskip::web {

/// The panel of a burgerforum (issue 6, step 5), for admins only, every change audited:
///   POST /api/admin/forums/{slug}/selection  {"algorithm": "leximin"|"maximin"}: 202, starts the
///        selection probabilities (`mienskip select` without a number) in the background. 409
///        `selection_running`, `panel_drawn`, `no_volunteers`, `answers_outside_quotas` (an answer
///        the quotas lack); 422 `quota_infeasible` (with the feasibility and its relaxation)
///   GET  /api/admin/forums/{slug}/selection  its status, progress and result; `stale` when the
///        volunteers or quotas changed since
///   POST /api/admin/forums/{slug}/panel      {"lottery_number": 0-999}: 201, the panel that ticket
///        draws from the published lottery, as `mienskip select --lottery-number` draws it. 409
///        `panel_drawn`, `sign_up_open`, `no_selection`, `selection_stale`
///   GET  /api/admin/forums/{slug}/panel      members with contact details, number, rounds
///   POST /api/admin/forums/{slug}/panel/dropouts  {"ids": [...], "seed": "..."}: 201, a round of
///        alternates (core draw_alternates). 422 `invalid_dropouts`, `invalid_seed`, `no_alternates`
void add_admin_forum_selection_routes(StaffRoutes& routes,
                                      app::SelectionRunner& runner);

}  // namespace mienskip::web
