#include "web/admin/admin_forums.hpp"

#include <nlohmann/json.hpp>
#include <optional>

#include "app/register_composition.hpp"
#include "core/base/error.hpp"
#include "core/forum/forum_settings.hpp"
#include "core/invitations/register_reader.hpp"
#include "core/forum/forum_pool.hpp"
#include "store/forum_register.hpp"
#include "store/forum_selection.hpp"
#include "store/forums.hpp"
#include "web/forum_json.hpp"
#include "web/admin/grants_json.hpp"
#include "web/http/request_schema.hpp"
#include "web/http/json_body.hpp"
#include "web/http/media_type.hpp"

namespace mienskip::web {

namespace {

// A forum with what the account may do on it, so the staff app shows only what will be allowed.
nlohmann::json forum_for(const StaffRequest& request, const store::StoredForum& forum) {
  auto body = forum_json(forum);
  body["may"] = forum_may(request.rights(), forum.settings.slug);
  return body;
}

Response forum_response(int status, const StaffRequest& request, const store::StoredForum& forum) {
  return json_response(status, forum_for(request, forum));
}

// Problems listed per upload; the count covers them all.
constexpr std::size_t listed_register_problems = 100;

// The body of PUT .../quotas and of its check: {"categories": [...]} and optionally "panel_size"
// (absent: the forum's own). `errors` empty means both are usable.
struct QuotaDraft {
  std::vector<FieldError> errors;
  std::vector<QuotaCategory> categories;
  std::optional<int> panel_size;
};

QuotaDraft read_quota_draft(const StaffRequest& request) {
  const auto body = json_body(request.http, "the forum");
  if (!body.is_object()) throw Error(error_codes::bad_request, "Send {\"categories\": [...]} and, to change it, \"panel_size\".");
  QuotaDraft draft;
  auto& errors = draft.errors;
  for (const auto& [key, value] : body.items()) {
    if (key != "categories" && key != "panel_size") {
      errors.push_back({key, "unknown_field", "'" + key + "' is not part of a forum's quotas."});
    }
  }
  auto categories = body.contains("categories") ? check_quota_categories(body["categories"])
                                                : Checked<std::vector<QuotaCategory>>{};
  if (!body.contains("categories")) errors.push_back({"categories", "required", "The quota categories are required."});
  errors.insert(errors.end(), categories.errors.begin(), categories.errors.end());
  if (categories.value) draft.categories = std::move(*categories.value);
  if (body.contains("panel_size")) {
    const auto checked = check_panel_size(body["panel_size"]);
    errors.insert(errors.end(), checked.errors.begin(), checked.errors.end());
    draft.panel_size = checked.value;
  }
  return draft;
}

Response replace_quotas(const StaffRequest& request) {
  auto draft = read_quota_draft(request);
  if (!draft.errors.empty()) {
    return field_errors_response(error_codes::invalid_quota, "The quotas were not changed: see the fields.", draft.errors);
  }
  const auto& slug = request.slug();
  auto connection = request.connection();
  const int panel_size = draft.panel_size ? *draft.panel_size : store::existing_forum(*connection, slug).settings.panel_size;
  const auto stored = store::replace_quotas(*connection, slug, panel_size, draft.categories, request.actor());
  return forum_response(200, request, stored);
}

// What the lottery would say of quotas being edited, before they are saved: nothing is stored,
// so nothing is audited.
Response check_quotas(const StaffRequest& request) {
  const auto draft = read_quota_draft(request);
  if (!draft.errors.empty()) {
    return field_errors_response(error_codes::invalid_quota, "The quotas could not be checked: see the fields.", draft.errors);
  }
  auto connection = request.connection();
  const auto input = store::read_selection_input(*connection, request.slug());
  const int panel_size = draft.panel_size ? *draft.panel_size : input.panel_size;
  return json_response(
      200, {{"feasibility", feasibility_json(volunteer_feasibility(draft.categories, panel_size, input.volunteers))}});
}

// Reads the upload as it arrives: each checked row goes straight into the COPY, so neither the
// file nor its rows are ever held whole, and row contents are never logged.
Response upload_register(const StaffRequest& request) {
  if (media_type(request.http.content_type) != "text/csv") {
    throw Error(error_codes::unsupported_media_type, "Send the register as text/csv, with an id column.");
  }
  if (!request.http.body_stream) throw std::logic_error("the register route is not an upload route");
  auto connection = request.connection();
  const auto outcome = store::upload_register(
      *connection, request.slug(),
      [&](char* buffer, std::size_t size) { return request.http.body_stream->read(buffer, size); }, request.actor(),
      listed_register_problems);
  if (outcome.problems.total() > 0) return register_problems_response(outcome.problems, outcome.encoding);
  auto stored = register_json(*store::find_register(*connection, request.slug()));
  stored["encoding"] = encoding_name(outcome.encoding);
  return json_response(200, stored);
}

// The register counted by one column against a quota category's values, and quotas in proportion:
// a read, not a change, so nothing is audited; only counts leave the database.
Response register_composition(const StaffRequest& request) {
  const auto body = described_json_body(request.http, error_codes::invalid_option,
                                        "Send {\"column\": ..., \"values\": [...], \"panel_size\": ...}.");
  auto connection = request.connection();
  const auto view = app::register_composition(*connection, request.slug(), body["column"].get<std::string>(),
                                              body["values"].get<std::vector<std::string>>(), body["panel_size"].get<int>());
  return json_response(200, register_composition_json(view, body["values"].get<std::vector<std::string>>()));
}

}  // namespace

void add_admin_forum_routes(StaffRoutes& routes) {
  routes.add("POST", "/api/admin/forums", Access::admin, [](const StaffRequest& request) {
    const auto checked = check_forum_settings(json_body(request.http, "the forum"));
    if (!checked.value) {
      return field_errors_response(error_codes::invalid_forum, "The forum was not created: see the fields.", checked.errors);
    }
    auto connection = request.connection();
    return forum_response(201, request, store::create_forum(*connection, *checked.value, request.actor()));
  });
  routes.add("GET", "/api/admin/forums", Access::staff, [](const StaffRequest& request) {
    auto connection = request.connection();
    nlohmann::json forums = nlohmann::json::array();
    // Only the forums the account has a task on (an admin: all), each with what it may do there.
    for (const auto& forum : store::list_forums(*connection)) {
      if (!allows(request.rights(), Access::forum_call, forum.settings.slug)) continue;
      forums.push_back(forum_for(request, forum));
    }
    return json_response(200, {{"forums", forums}});
  });
  routes.add("GET", "/api/admin/forums/{slug}", Access::forum_manage, [](const StaffRequest& request) {
    auto connection = request.connection();
    return forum_response(200, request, store::existing_forum(*connection, request.slug()));
  });
  routes.add("PUT", "/api/admin/forums/{slug}/quotas", Access::forum_manage, [](const StaffRequest& request) {
    return replace_quotas(request);
  });
  routes.add("POST", "/api/admin/forums/{slug}/quotas/check", Access::forum_manage, [](const StaffRequest& request) {
    return check_quotas(request);
  });
  routes.add_upload("POST", "/api/admin/forums/{slug}/register", Access::forum_manage, [](const StaffRequest& request) {
    return upload_register(request);
  });
  routes.add("POST", "/api/admin/forums/{slug}/register/composition", Access::forum_manage, register_composition);
  routes.add("GET", "/api/admin/forums/{slug}/register", Access::forum_manage, [](const StaffRequest& request) {
    const auto& slug = request.slug();
    auto connection = request.connection();
    const auto summary = store::find_register(*connection, slug);
    if (!summary) throw Error(error_codes::no_register, "No register has been uploaded for forum '" + slug + "' yet.");
    return json_response(200, register_json(*summary));
  });
}

}  // namespace mienskip::web
