#pragma once

#include <chrono>
#include <string>

#include "store/connection_pool.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// What the draw's routes are configured with: the server secret letter codes derive from, where
/// the letters send residents (`serve --public-url`, without a trailing slash; empty: the request's
/// Host header, as before it could be configured) and how long a commitment is public before its
/// seed may be entered (`serve --commitment-wait`).
struct DrawRouteSettings {
  std::string secret;
  std::string public_url;
  std::chrono::seconds commitment_wait{86400};
};

/// The invitation draw of a burgerforum (issue 6, step 3), for admins only, every change audited:
///   PUT  /api/admin/forums/{slug}/draw/commitment  {count, stratify_by, household_key, oversample,
///        reason?}: publishes the next version of the commitment to the current register and these
///        parameters, open for a seed after the waiting time. A published version is never replaced:
///        a correction is the next version and needs a `reason`. 422 `invalid_draw_parameters` (per
///        field), 409 `no_register`, `already_drawn`, `commitment_published` (no reason given)
///   GET  /api/admin/forums/{slug}/draw             the draw with every version (409 `no_commitment` before one)
///   POST /api/admin/forums/{slug}/draw             {seed}: draws as `mienskip draw` does for the same
///        register, parameters and seed, makes a personal code per invitation and keeps the receipt.
///        409 `commitment_mismatch` (register replaced since), `commitment_too_recent` (the waiting
///        time has not passed), `already_drawn`; 422 `invalid_seed`, `invalid_draw` (a stratum has too
///        few households)
///   GET  /api/admin/forums/{slug}/invitations.csv  the mail-merge file: register columns, stratum,
///        draw_order, code (audited download)
///   GET  /api/admin/forums/{slug}/letters.html?language=nl|fy|en&given_name=voornaam&street=straat&...
///        printable letters, one a page: the Dutch address block of the register columns chosen per
///        role (core/invitations/letter_address; no role named: the columns the register's names suggest),
///        the greeting by name, the code, where to sign up (audited). 422 `no_address_columns`
///        when the street, house number, postcode or place has no column, `invalid_option`
///   GET  /api/admin/forums/{slug}/letters/address?<the same options>
///        the columns per role, whether suggested, the roles still missing, the first letter's
///        address block and greeting, and the configured sign-up address (null when none)
void add_admin_forum_draw_routes(StaffRoutes& routes, const DrawRouteSettings& settings);

}  // namespace mienskip::web
