#pragma once

#include <string>

#include "store/connection_pool.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/http/router.hpp"

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
///   GET  /api/admin/forums/{slug}/letters.html?language=nl|fy&given_name=voornaam&street=straat&...
///        printable letters, one a page: the Dutch address block of the register columns chosen per
///        role (core/invitations/letter_address; no role named: the columns the register's names suggest),
///        the greeting by name, the code, where to sign up (audited). 422 `no_address_columns`
///        when the street, house number, postcode or place has no column, `invalid_option`
///   GET  /api/admin/forums/{slug}/letters/address?<the same options>
///        the columns per role, whether suggested, the roles still missing, the first letter's
///        address block and greeting, and the configured sign-up address (null when none)
/// `public_url` (`serve --public-url`, without a trailing slash) is where the letters send
/// residents; empty: the request's Host header, as before it could be configured.
void add_admin_forum_draw_routes(StaffRoutes& routes, const std::string& secret,
                                 const std::string& public_url);

}  // namespace mienskip::web
