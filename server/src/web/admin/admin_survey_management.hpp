#pragma once

#include <string>

#include "store/connection_pool.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/http/router.hpp"
#include "app/survey_service.hpp"
#include "web/admin/survey_template_directory.hpp"

namespace mienskip::web {

/// Staff routes to set a survey up and take its answers out (every one behind Auth::require; the
/// shapes are in server/api/openapi.json):
///   GET  /api/admin/survey-templates              admin: the templates a survey can start from
///   POST /api/admin/surveys                       admin: a new survey, as a draft, from a template
///                                                 (as `mienskip survey import` makes one; audited)
///   GET  /api/admin/surveys/{slug}                admin, analyst: state, counts, definition
///   PUT  /api/admin/surveys/{slug}/definition     admin: an edited definition (audited by the
///                                                 database, which keeps the old version)
///   POST /api/admin/surveys/{slug}/preview        admin: a resident page for a definition, from the
///                                                 resident pages' own renderer; stores nothing
///   POST /api/admin/surveys/{slug}/codes          admin: new invitation codes as CSV (as `mienskip
///                                                 codes generate` makes them; audited with the count)
///   POST /api/admin/surveys/{slug}/responses/delete  admin: {"code"} or {"response_id"}: a resident's
///                                                 answers, saved form and code deleted on request
///                                                 (audited with the counts); 404 when none
///   GET  /api/admin/surveys/{slug}/export/responses.csv|codebook.json|codebook.csv|read_export.R
///                                                 admin, analyst: the files of `mienskip survey
///                                                 export`, byte for byte (each download audited)
void add_admin_survey_management_routes(StaffRoutes& routes,
                                        app::SurveyService& surveys, const SurveyTemplateDirectory& templates,
                                        const std::string& secret);

}  // namespace mienskip::web
