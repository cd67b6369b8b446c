#pragma once

#include <chrono>
#include <ostream>
#include <string>

#include "store/connection_pool.hpp"
#include "store/response_table_cache.hpp"
#include "web/admin/auth.hpp"
#include "web/http/router.hpp"
#include "app/selection_runner.hpp"
#include "app/survey_service.hpp"
#include "web/admin/survey_template_directory.hpp"

namespace mienskip::web {

/// Everything `mienskip serve` answers, wired once: the services and, in order, every route.
/// Tests build the same thing to check the route table against the OpenAPI description.
class Service {
 public:
  struct Settings {
    std::string secret;
    std::string static_dir;  // server/static
    std::string admin_dir;   // admin-ui/dist
    std::string templates_dir;  // survey-templates
    std::string chromium = "/usr/bin/chromium";  // prints the council report as PDF
    std::string public_url{};  // `serve --public-url`, printed on the letters; empty: the Host header
    // `serve --commitment-wait`: how long a draw's commitment is public before its seed may be entered
    std::chrono::seconds commitment_wait{86400};
    // `serve --two-factor`: who must sign in with a second factor
    app::TwoFactorRule two_factor = app::TwoFactorRule::admins;
  };

  Service(store::ConnectionPool& database, const Settings& settings, std::ostream& log);
  const Router& router() const { return router_; }

 private:
  app::SurveyService surveys_;
  store::ResponseTableCache results_responses_;  // every survey's responses the results weigh
  SurveyTemplateDirectory templates_;
  Auth auth_;
  app::SelectionRunner selections_;  // burgerforum selections, computed in the background
  Router router_;
};

}  // namespace mienskip::web
