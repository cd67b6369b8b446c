#pragma once

#include "web/http/router.hpp"
#include "app/survey_service.hpp"

namespace mienskip::web {

/// The public survey API (JSON):
///   GET  /api/surveys/{slug}?lang=nl|fy|en   the survey in one language
///   POST /api/surveys/{slug}/responses        {"code", "allocations", "motivations", "demographics",
///                                              "idempotency_key", "language"}
///        201 {"response_id"} (200 when the same idempotency key was stored before); 422 with
///        `fields` naming each problem; 409 `code_used`; 429 after repeated wrong codes.
void add_survey_api_routes(Router& router, app::SurveyService& surveys);

}  // namespace mienskip::web
