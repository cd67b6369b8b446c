#include "web/public/home.hpp"

#include <nlohmann/json.hpp>

#include "store/surveys.hpp"
#include "app/templates/page_template.hpp"

namespace mienskip::web {

void add_home_route(Router& router, store::ConnectionPool& database) {
  router.add("GET", "/", [&database](const Request&) {
    nlohmann::json surveys = nlohmann::json::array();
    try {
      auto connection = database.acquire();
      for (const auto& [slug, title] : store::open_surveys(*connection)) {
        surveys.push_back({{"slug", slug}, {"title", title}});
      }
    } catch (const std::exception&) {
      // The page says what runs even when the database does not answer (see /readyz).
    }
    const nlohmann::json data = {{"has_surveys", !surveys.empty()}, {"surveys", surveys}};
    return Response{200, "text/html; charset=utf-8", app::render_page_template("home", data), {}};
  });
}

}  // namespace mienskip::web
