#pragma once

#include "store/connection_pool.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// The public verification page of a burgerforum (issue 6, step 6), without login, in Dutch
/// (?lang=en for English): what has been published of the invitation draw (commitment, register
/// hash, seed, receipt) and of the panel's selection (algorithm, input hash, the public number,
/// the panel and its alternates as pseudonymous ids), with the commands that re-run both.
///   GET /f/{slug}/verificatie
///   GET /f/{slug}/verificatie/features.csv, candidates.csv  the selection's input: quotas, and
///       pseudonymous ids with quota answers only (404 `not_found` before a selection is done)
///   GET /f/{slug}/verificatie/selection.json  the distribution with its ticket ranges, as
///       published before the number was drawn
void add_forum_verification_routes(Router& router, store::ConnectionPool& database);

}  // namespace mienskip::web
