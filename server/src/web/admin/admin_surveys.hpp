#pragma once

#include <nlohmann/json.hpp>
#include <pqxx/connection>
#include <string>

#include "core/survey/survey_results.hpp"
#include "store/response_table_cache.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/http/router.hpp"
#include "app/survey_service.hpp"

namespace mienskip::web {

/// What GET .../results answers for survey `slug` (the route less its access check), the responses
/// taken from `responses` (brought up to date with the database first). Throws Error `no_margins`,
/// `not_found`, `invalid_option` and the weighing's errors.
nlohmann::json survey_results_json(pqxx::connection& connection, store::ResponseTableCache& responses,
                                   const std::string& slug, const ResultsQuery& query = {});

/// Staff routes for surveys (every one behind Auth::require):
///   GET  /api/admin/surveys               admin, analyst: each survey with its counts
///   POST /api/admin/surveys/{slug}/close  admin: stop taking answers (audited)
///   POST /api/admin/surveys/{slug}/open   admin: take answers again (audited)
///   PUT  /api/admin/surveys/{slug}/margins admin: replace the population margins (text/csv, read as
///                                         `mienskip weigh` reads its margins file; audited)
///   GET  /api/admin/surveys/{slug}/margins admin, analyst: the stored margins; 409 `no_margins`
///   GET  /api/admin/surveys/{slug}/results admin, analyst: the report `mienskip weigh --format json`
///                                         prints for the survey's export and these margins, with
///                                         the options `variables`, `bounds` and `by` (as --vars,
///                                         --lower/--upper and --by; 422 `invalid_option`);
///                                         409 `no_margins` before any upload; without the
///                                         per-respondent `weights` (weigh's file has them). The
///                                         responses come from `responses`, brought up to date
///                                         with the database on every request.
void add_admin_survey_routes(StaffRoutes& routes, app::SurveyService& surveys,
                             store::ResponseTableCache& responses);

}  // namespace mienskip::web
