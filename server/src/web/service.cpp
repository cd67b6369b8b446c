#include "web/service.hpp"

#include "web/admin/admin_accounts.hpp"
#include "web/admin/admin_app.hpp"
#include "web/admin/staff_routes.hpp"
#include "web/admin/admin_survey_management.hpp"
#include "web/admin/admin_survey_report.hpp"
#include "web/admin/admin_survey_insight.hpp"
#include "web/admin/admin_survey_weighting.hpp"
#include "web/admin/admin_forum_draw.hpp"
#include "web/admin/admin_forum_texts.hpp"
#include "web/admin/admin_forum_volunteers.hpp"
#include "web/admin/admin_forums.hpp"
#include "web/public/forum_sign_up_pages.hpp"
#include "web/admin/admin_forum_panel.hpp"
#include "web/admin/admin_forum_selection.hpp"
#include "web/public/forum_verification.hpp"
#include "web/admin/admin_surveys.hpp"
#include "web/http/health.hpp"
#include "web/public/home.hpp"
#include "web/http/openapi.hpp"
#include "web/http/static_files.hpp"
#include "web/public/survey_api.hpp"
#include "web/public/survey_pages.hpp"

namespace mienskip::web {

Service::Service(store::ConnectionPool& database, const Settings& settings, std::ostream& log)
    : surveys_(database, settings.secret),
      templates_(settings.templates_dir, log),
      auth_(database, store::SessionPolicy{}, settings.secret, settings.two_factor),
      selections_(database) {
  add_home_route(router_, database);
  add_health_routes(router_, database);
  add_openapi_route(router_);
  add_static_routes(router_, settings.static_dir, log);
  add_survey_api_routes(router_, surveys_);
  add_survey_page_routes(router_, surveys_);
  auth_.add_routes(router_);
  StaffRoutes staff(router_, auth_, database);
  add_admin_survey_routes(staff, surveys_, results_responses_);
  add_admin_survey_management_routes(staff, surveys_, templates_, settings.secret);
  add_admin_survey_report_routes(staff, app::PdfSettings{settings.chromium});
  add_admin_survey_insight_routes(staff);
  add_admin_survey_weighting_routes(staff);
  add_admin_forum_routes(staff);
  add_admin_account_routes(staff, auth_);
  add_admin_forum_draw_routes(staff, {settings.secret, settings.public_url, settings.commitment_wait});
  add_admin_forum_text_routes(staff);
  add_admin_forum_volunteer_routes(staff, settings.secret);
  add_forum_sign_up_routes(router_, database, settings.secret);
  add_admin_forum_selection_routes(staff, selections_, settings.commitment_wait);
  add_admin_forum_panel_routes(staff);
  add_forum_verification_routes(router_, database);
  add_admin_app_routes(router_, settings.admin_dir, log);
}

}  // namespace mienskip::web
