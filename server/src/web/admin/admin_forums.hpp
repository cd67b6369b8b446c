#pragma once

#include "store/connection_pool.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// Staff routes for burgerforums, all for admins only (analysts read survey results; the lottery
/// is not theirs), every one behind Auth::require:
///   POST /api/admin/forums                  create: {slug, name, municipality, panel_size,
///                                           categories: [{name, values: [{value, min, max}]}]};
///                                           201 with the forum; 422 `invalid_forum` with every
///                                           field's problem; 409 `forum_exists` (audited)
///   GET  /api/admin/forums                  {"forums": [forum, ...]}, newest first
///   GET  /api/admin/forums/{slug}           the forum, with `feasibility` of its quotas
///   PUT  /api/admin/forums/{slug}/quotas    replace the quotas: {categories[, panel_size]}; the
///                                           forum with `feasibility`; 422 `invalid_quota` (audited)
///   POST /api/admin/forums/{slug}/quotas/check  the same body, stored nowhere (not audited):
///                                           {"feasibility"} against the volunteers not withdrawn
///                                           once there is one, the quotas' numbers before; 422
///                                           `invalid_quota` as for PUT
///   POST /api/admin/forums/{slug}/register  the population register extract as text/csv with an
///                                           `id` column, read as `mienskip draw --register` reads
///                                           it and streamed into the database; replaces an earlier
///                                           one as a whole. A file with any bad row is refused
///                                           whole: 422 `invalid_register` listing rows (audited)
///   GET  /api/admin/forums/{slug}/register  {rows, columns, sha256, uploaded_by, uploaded_at,
///                                           preview}; 409 `no_register` before an upload
void add_admin_forum_routes(StaffRoutes& routes);

}  // namespace mienskip::web
