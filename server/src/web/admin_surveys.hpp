#pragma once

#include "web/auth.hpp"
#include "web/router.hpp"
#include "web/survey_service.hpp"

namespace mienskip::web {

/// Staff routes for surveys (every one behind Auth::require):
///   GET  /api/admin/surveys               admin, analyst: each survey with its counts
///   POST /api/admin/surveys/{slug}/close  admin: stop taking answers (audited)
///   POST /api/admin/surveys/{slug}/open   admin: take answers again (audited)
void add_admin_survey_routes(Router& router, Auth& auth, store::ConnectionPool& database, SurveyService& surveys);

}  // namespace mienskip::web
