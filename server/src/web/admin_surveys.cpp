#include "web/admin_surveys.hpp"

#include <nlohmann/json.hpp>

#include "store/surveys.hpp"

namespace mienskip::web {

void add_admin_survey_routes(Router& router, Auth& auth, store::ConnectionPool& database, SurveyService& surveys) {
  router.add("GET", "/api/admin/surveys", [&auth, &database](const Request& request) {
    auth.require(request, {store::Role::admin, store::Role::analyst});
    auto connection = database.acquire();
    nlohmann::json list = nlohmann::json::array();
    for (const auto& s : store::survey_overview(*connection)) {
      list.push_back({{"slug", s.slug},
                      {"title", s.title},
                      {"status", s.status},
                      {"access", s.access},
                      {"responses", s.responses},
                      {"codes", s.codes}});
    }
    return json_response(200, {{"surveys", list}});
  });
  for (const char* status : {"close", "open"}) {
    const std::string target = std::string(status) == "close" ? "closed" : "open";
    router.add("POST", std::string("/api/admin/surveys/{slug}/") + status,
               [&auth, &database, &surveys, target](const Request& request) {
                 const auto session = auth.require(request, {store::Role::admin});
                 auto connection = database.acquire();
                 store::set_survey_status(*connection, request.params.at("slug"), target, session.account.email);
                 // Residents on this server see it at once; other instances within their cache time.
                 surveys.forget(request.params.at("slug"));
                 return json_response(200, {{"slug", request.params.at("slug")}, {"status", target}});
               });
  }
}

}  // namespace mienskip::web
