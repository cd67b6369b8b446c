#include "web/admin/admin_survey_weighting.hpp"

#include <nlohmann/json.hpp>

#include "core/base/bounded_json.hpp"
#include "core/base/error.hpp"
#include "core/weighting/weighting_settings.hpp"
#include "store/margins.hpp"
#include "store/surveys.hpp"
#include "store/weighting_settings.hpp"
#include "web/http/media_type.hpp"

namespace mienskip::web {

namespace {

const std::string path = "/api/admin/surveys/{slug}/weighting";

Response settings_response(pqxx::connection& connection, const std::string& slug) {
  const auto margins = store::find_margins(connection, slug);
  const auto stored = store::find_weighting_settings(connection, slug);
  auto body = weighting_settings_json(stored ? stored->settings : WeightingSettings{},
                                      margins ? margins->margins : Margins{});
  body["updated_at"] = stored ? nlohmann::json(stored->updated_at) : nlohmann::json(nullptr);
  body["updated_by"] = stored ? nlohmann::json(stored->updated_by) : nlohmann::json(nullptr);
  return json_response(200, body);
}

}  // namespace

void add_admin_survey_weighting_routes(StaffRoutes& routes) {
  routes.add("GET", path, Access::survey_read, [](const StaffRequest& request) {
    return settings_response(*request.connection(), request.slug());
  });
  routes.add("PUT", path, Access::survey_manage, [](const StaffRequest& request) {
    if (media_type(request.http.content_type) != "application/json") {
      throw Error(error_codes::unsupported_media_type, "Send the weighting settings as application/json.");
    }
    const auto& slug = request.slug();
    auto connection = request.connection();
    const auto survey = store::find_survey(*connection, slug);
    if (!survey) throw Error(error_codes::not_found, "There is no survey '" + slug + "'.");
    const auto margins = store::find_margins(*connection, slug);
    // The variables are checked against the margins, so there must be some to choose from.
    if (!margins) {
      throw Error(error_codes::no_margins, "Upload the population margins of survey '" + slug +
                                    "' first: the weighting variables are chosen from them.");
    }
    const auto settings = read_weighting_settings(parse_bounded_json(request.http.body), survey->survey, margins->margins);
    store::save_weighting_settings(*connection, slug, settings, request.actor());
    return settings_response(*connection, slug);
  });
}

}  // namespace mienskip::web
