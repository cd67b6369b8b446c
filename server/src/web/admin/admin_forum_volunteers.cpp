#include "web/admin/admin_forum_volunteers.hpp"

#include <nlohmann/json.hpp>

#include "app/forum_volunteers.hpp"
#include "core/base/error.hpp"
#include "core/forum/forum_pool.hpp"
#include "core/forum/forum_volunteers.hpp"
#include "core/forum/volunteer_import.hpp"
#include "store/forum_volunteers.hpp"
#include "web/forum_json.hpp"
#include "web/http/json_body.hpp"
#include "web/http/request_schema.hpp"
#include "web/http/media_type.hpp"
#include "web/optional_json.hpp"

namespace mienskip::web {

namespace {

using nlohmann::json;



json sign_up_json(const store::SignUpState& state, const std::string& slug) {
  return {{"open", state.open()},
          {"closed_at", text_or_null(state.closed_at)},
          {"closed_by", text_or_null(state.closed_by)},
          {"path", "/f/" + slug}};
}

json volunteer_json(const store::StoredVolunteer& volunteer) {
  return {{"id", volunteer_id(volunteer.number)},
          {"answers", volunteer.answers},
          {"name", text_or_null(volunteer.name)},
          {"email", text_or_null(volunteer.email)},
          {"phone", text_or_null(volunteer.phone)},
          {"source", volunteer.source},
          {"registered_at", volunteer.registered_at},
          {"withdrawn_at", text_or_null(volunteer.withdrawn_at)},
          {"contact_deleted_at", text_or_null(volunteer.contact_deleted_at)}};
}

json volunteers_json(const store::StoredForum& forum, const store::ForumVolunteers& stored) {
  const auto& settings = forum.settings;
  json volunteers = json::array();
  std::vector<ForumVolunteer> pool;
  for (const auto& volunteer : stored.volunteers) {
    volunteers.push_back(volunteer_json(volunteer));
    if (!volunteer.withdrawn_at) pool.push_back({volunteer_id(volunteer.number), volunteer.answers});
  }
  json counts = json::array();
  for (const auto& category : settings.categories) {
    for (std::size_t v = 0; v < category.values.size(); ++v) {
      const auto answered = std::count_if(pool.begin(), pool.end(), [&](const ForumVolunteer& volunteer) {
        const auto answer = volunteer.answers.find(category.name);
        return answer != volunteer.answers.end() && answer->second == category.values[v];
      });
      counts.push_back({{"category", category.name},
                        {"value", category.values[v]},
                        {"volunteers", answered},
                        {"min", category.min[v]},
                        {"max", category.max[v]}});
    }
  }
  return {{"sign_up", sign_up_json(stored.sign_up, settings.slug)},
          {"invitations", stored.invitations},
          {"panel_drawn", stored.panel_drawn},
          {"pool_final", stored.pool_final},
          {"volunteers", volunteers},
          {"counts", counts},
          {"feasibility", feasibility_json(volunteer_feasibility(settings.categories, settings.panel_size, pool))}};
}

Response import(const std::string& secret, const StaffRequest& request) {
  if (media_type(request.http.content_type) != "text/csv") {
    throw Error(error_codes::unsupported_media_type, "Send the volunteers as text/csv, with a code column and one per quota category.");
  }
  auto connection = request.connection();
  const auto outcome = app::import_volunteers(*connection, request.slug(), request.http.body, secret, request.actor());
  const json facts = {{"encoding", encoding_name(outcome.encoding)}, {"ignored_columns", outcome.ignored_columns}};
  if (outcome.problems.total() > 0) {
    return problems_response(error_codes::invalid_volunteers, "No volunteer was imported:", outcome.problems,
                             outcome.encoding, "Correct the file and import it again.", facts);
  }
  json imported = facts;
  imported["imported"] = outcome.imported;
  return json_response(201, imported);
}

// The volunteer the path names ("V0003").
int volunteer_param(const StaffRequest& request) {
  const auto number = volunteer_number(request.http.params.at("id"));
  if (!number) throw Error(error_codes::not_found, "Volunteer ids look like V0001.");
  return *number;
}

Response delete_contacts(const StaffRequest& request) {
  const auto body = described_json_body(request.http, error_codes::invalid_option,
                                        "Say whose contact details stay: {\"keep\": \"panel\"} keeps the panel's members "
                                        "and alternates, {\"keep\": \"none\"} deletes everyone's.");
  const auto keep = body["keep"] == "panel" ? store::KeepContacts::panel : store::KeepContacts::none;
  auto connection = request.connection();
  const auto deleted = store::delete_volunteer_contacts(*connection, request.slug(), keep, request.actor());
  return json_response(200, {{"deleted", deleted.deleted}, {"kept", deleted.kept}});
}

// Each stratum's letters and volunteers with the share answered; rates as fractions (0.125).
json recruitment_json(const app::ForumRecruitment& forum) {
  const auto counts = [](const StratumCount& count) {
    return json{{"letters", count.letters}, {"volunteers", count.volunteers}, {"withdrawn", count.withdrawn}};
  };
  json strata = json::array();
  for (const auto& response : forum.recruitment.strata) {
    auto stratum = counts(response.count);
    stratum.update({{"stratum", response.count.stratum},
                    {"response_rate", response.response_rate},
                    {"below_total", response.below_total}});
    strata.push_back(stratum);
  }
  auto total = counts(forum.recruitment.total);
  total["response_rate"] = forum.recruitment.response_rate;
  return {{"stratify_by", forum.stratify_by.empty() ? json(nullptr) : json(forum.stratify_by)},
          {"total", total},
          {"strata", strata}};
}

}  // namespace

void add_admin_forum_volunteer_routes(StaffRoutes& routes, const std::string& secret) {
  const std::string forum = "/api/admin/forums/{slug}";
  routes.add("GET", forum + "/volunteers", Access::forum_manage, [](const StaffRequest& request) {
    auto connection = request.connection();
    const auto stored = store::existing_forum(*connection, request.slug());
    return json_response(200, volunteers_json(stored, store::list_volunteers(*connection, request.slug())));
  });
  routes.add("POST", forum + "/volunteers", Access::forum_manage,
             [secret](const StaffRequest& request) { return import(secret, request); });
  // An empty import file with this forum's columns, for Dutch Excel: nothing personal, not audited.
  routes.add("GET", forum + "/volunteers/template.csv", Access::forum_manage, [](const StaffRequest& request) {
    auto connection = request.connection();
    const auto stored = store::existing_forum(*connection, request.slug());
    return Response{200, "text/csv; charset=utf-8", volunteer_import_template(stored.settings.categories),
                    {{"Content-Disposition", "attachment; filename=\"aanmelders-" + request.slug() + ".csv\""}}};
  });
  routes.add("POST", forum + "/volunteers/{id}/withdraw", Access::forum_manage, [](const StaffRequest& request) {
    auto connection = request.connection();
    return json_response(
        200, volunteer_json(store::withdraw_volunteer(*connection, request.slug(), volunteer_param(request), request.actor())));
  });
  routes.add("POST", forum + "/volunteers/{id}/personal-data/delete", Access::forum_manage, [](const StaffRequest& request) {
    auto connection = request.connection();
    return json_response(200, volunteer_json(store::delete_volunteer_contact(*connection, request.slug(),
                                                                             volunteer_param(request), request.actor())));
  });
  routes.add("POST", forum + "/volunteers/personal-data/delete", Access::forum_manage, delete_contacts);
  routes.add("GET", forum + "/recruitment", Access::forum_manage, [](const StaffRequest& request) {
    return json_response(200, recruitment_json(app::forum_recruitment(*request.connection(), request.slug())));
  });
  for (const bool open : {false, true}) {
    routes.add("POST", forum + "/sign-up/" + (open ? "open" : "close"), Access::forum_manage, [open](const StaffRequest& request) {
      auto connection = request.connection();
      return json_response(
          200, sign_up_json(store::set_sign_up_open(*connection, request.slug(), open, request.actor()), request.slug()));
    });
  }
}

}  // namespace mienskip::web
