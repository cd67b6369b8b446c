#pragma once

#include <string>

#include "store/connection_pool.hpp"
#include "web/auth.hpp"
#include "web/router.hpp"

namespace mienskip::web {

/// The invitation draw of a burgerforum (issue 6, step 3), for admins only, every change audited:
///   PUT  /api/admin/forums/{slug}/draw/commitment  {count, stratify_by, household_key, oversample}:
///        commits to the current register and these parameters; the draw with its `commitment`
///        to publish before the seed is known. Replaceable until drawn. 422
///        `invalid_draw_parameters` (per field), 409 `no_register`, `already_drawn`
///   GET  /api/admin/forums/{slug}/draw             the draw (409 `no_commitment` before one)
///   POST /api/admin/forums/{slug}/draw             {seed}: draws as `mienskip draw` does for the same
///        register, parameters and seed, makes a personal code per invitation and keeps the receipt.
///        409 `commitment_mismatch` (register replaced since), `already_drawn`; 422 `invalid_seed`,
///        `invalid_draw` (a stratum has too few households)
///   GET  /api/admin/forums/{slug}/invitations.csv  the mail-merge file: register columns, stratum,
///        draw_order, code (audited download)
///   GET  /api/admin/forums/{slug}/letters.html?language=nl|fy&address=a,b|c,d|e
///        printable letters, one a page: the address block's lines (`|`) of columns (`,`, joined by a
///        space; default one line per column except id), the code, where to sign up (audited)
void add_admin_forum_draw_routes(Router& router, Auth& auth, store::ConnectionPool& database, const std::string& secret);

}  // namespace mienskip::web
