#include "web/admin/admin_forum_panel.hpp"

#include <nlohmann/json.hpp>

#include "app/forum_panel.hpp"
#include "core/base/error.hpp"
#include "store/forums.hpp"
#include "store/published_pool.hpp"
#include "web/admin/panel_json.hpp"
#include "web/http/request_schema.hpp"

namespace mienskip::web {

namespace {

using nlohmann::json;

Response draw_panel(const StaffRequest& request) {
  const auto body = described_json_body(request.http, error_codes::invalid_lottery_number,
                                        "Send the publicly drawn number as {\"lottery_number\": 417}, a whole number "
                                        "from 0 to 999.");
  const int number = body["lottery_number"].get<int>();
  return json_response(201, panel_json(app::draw_panel(*request.connection(), request.slug(), number, request.actor())));
}

Response replace_dropouts(const StaffRequest& request) {
  const auto body = described_json_body(request.http, error_codes::invalid_dropouts,
                                        "Send {\"ids\": [\"V0003\", ...], \"seed\": \"...\"}: the members who dropped "
                                        "out and a public seed.");
  const auto view = app::replace_dropouts(*request.connection(), request.slug(), body["ids"].get<std::vector<std::string>>(),
                                          body["seed"].get<std::string>(), request.actor());
  return json_response(201, panel_json(view));
}

Response contacts(pqxx::connection& connection, const StaffRequest& request, const app::PanelView& view) {
  const auto forum = store::existing_forum(connection, request.slug());
  return json_response(200, panel_contacts_json(view, forum.settings.slug, forum.settings.name));
}

// A caller's record of a call: the member's new status and what was said, checked by the use case.
Response record_status(const StaffRequest& request) {
  const auto body = described_json_body(request.http, error_codes::invalid_panel_status,
                                        "Send {\"status\": \"confirmed\", \"comment\": \"...\"}: one of selected, "
                                        "contacted, confirmed, declined, unreachable, withdrawn, and why.");
  auto connection = request.connection();
  const auto view = app::record_seat_change(*connection, request.slug(), request.http.params.at("id"), body, request.actor());
  return contacts(*connection, request, view);
}

}  // namespace

void add_admin_forum_panel_routes(StaffRoutes& routes) {
  const std::string forum = "/api/admin/forums/{slug}";
  routes.add("POST", forum + "/panel", Access::forum_manage, draw_panel);
  routes.add("GET", forum + "/panel", Access::forum_manage, [](const StaffRequest& request) {
    return json_response(200, panel_json(app::panel_view(*request.connection(), request.slug())));
  });
  routes.add("POST", forum + "/panel/dropouts", Access::forum_manage, replace_dropouts);
  routes.add("GET", forum + "/panel/contacts", Access::forum_call, [](const StaffRequest& request) {
    auto connection = request.connection();
    return contacts(*connection, request, app::panel_view(*connection, request.slug()));
  });
  routes.add("POST", forum + "/panel/members/{id}/status", Access::forum_call, record_status);
  routes.add("POST", forum + "/published-pool/unpublish", Access::forum_manage, [](const StaffRequest& request) {
    auto connection = request.connection();
    store::unpublish_pool(*connection, request.slug(), request.actor());
    return json_response(200, panel_json(app::panel_view(*connection, request.slug())));
  });
}

}  // namespace mienskip::web
