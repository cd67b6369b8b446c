#include "web/admin/admin_forums.hpp"

#include <nlohmann/json.hpp>
#include <optional>

#include "core/base/error.hpp"
#include "core/forum/forum_settings.hpp"
#include "core/invitations/register_reader.hpp"
#include "core/forum/forum_pool.hpp"
#include "store/forum_register.hpp"
#include "store/forum_selection.hpp"
#include "store/forums.hpp"
#include "web/forum_json.hpp"
#include "web/http/json_body.hpp"
#include "web/http/media_type.hpp"

namespace mienskip::web {

namespace {

// Problems listed per upload; the count covers them all.
constexpr std::size_t listed_register_problems = 100;

// The body of PUT .../quotas and of its check: {"categories": [...]} and optionally "panel_size"
// (absent: the forum's own). `errors` empty means both are usable.
struct QuotaDraft {
  std::vector<FieldError> errors;
  std::vector<QuotaCategory> categories;
  std::optional<int> panel_size;
};

QuotaDraft read_quota_draft(const Request& request) {
  const auto body = json_body(request, "the forum");
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

Response replace_quotas(Auth& auth, store::ConnectionPool& database, const Request& request) {
  const auto session = auth.require(request, {store::Role::admin});
  auto draft = read_quota_draft(request);
  if (!draft.errors.empty()) {
    return field_errors_response("invalid_quota", "The quotas were not changed: see the fields.", draft.errors);
  }
  const auto& slug = request.params.at("slug");
  auto connection = database.acquire();
  const int panel_size = draft.panel_size ? *draft.panel_size : existing_forum(*connection, slug).settings.panel_size;
  const auto stored = store::replace_quotas(*connection, slug, panel_size, draft.categories, session.account.email);
  return json_response(200, forum_json(stored));
}

// What the lottery would say of quotas being edited, before they are saved: nothing is stored,
// so nothing is audited.
Response check_quotas(Auth& auth, store::ConnectionPool& database, const Request& request) {
  auth.require(request, {store::Role::admin});
  const auto draft = read_quota_draft(request);
  if (!draft.errors.empty()) {
    return field_errors_response("invalid_quota", "The quotas could not be checked: see the fields.", draft.errors);
  }
  auto connection = database.acquire();
  const auto input = store::read_selection_input(*connection, request.params.at("slug"));
  const int panel_size = draft.panel_size ? *draft.panel_size : input.panel_size;
  return json_response(
      200, {{"feasibility", feasibility_json(volunteer_feasibility(draft.categories, panel_size, input.volunteers))}});
}

// Reads the upload as it arrives: each checked row goes straight into the COPY, so neither the
// file nor its rows are ever held whole, and row contents are never logged.
Response upload_register(Auth& auth, store::ConnectionPool& database, const Request& request) {
  const auto session = auth.require(request, {store::Role::admin});
  if (media_type(request.content_type) != "text/csv") {
    throw Error(error_codes::unsupported_media_type, "Send the register as text/csv, with an id column.");
  }
  if (!request.body_stream) throw std::logic_error("the register route is not an upload route");
  auto connection = database.acquire();
  const auto problems = store::upload_register(
      *connection, request.params.at("slug"),
      [&](char* buffer, std::size_t size) { return request.body_stream->read(buffer, size); }, session.account.email,
      listed_register_problems);
  if (problems.total() > 0) return register_problems_response(problems);
  return json_response(200, register_json(*store::find_register(*connection, request.params.at("slug"))));
}

}  // namespace

void add_admin_forum_routes(Router& router, Auth& auth, store::ConnectionPool& database) {
  router.add("POST", "/api/admin/forums", [&auth, &database](const Request& request) {
    const auto session = auth.require(request, {store::Role::admin});
    const auto checked = check_forum_settings(json_body(request, "the forum"));
    if (!checked.value) {
      return field_errors_response("invalid_forum", "The forum was not created: see the fields.", checked.errors);
    }
    auto connection = database.acquire();
    return json_response(201, forum_json(store::create_forum(*connection, *checked.value, session.account.email)));
  });
  router.add("GET", "/api/admin/forums", [&auth, &database](const Request& request) {
    auth.require(request, {store::Role::admin});
    auto connection = database.acquire();
    nlohmann::json forums = nlohmann::json::array();
    for (const auto& forum : store::list_forums(*connection)) forums.push_back(forum_json(forum));
    return json_response(200, {{"forums", forums}});
  });
  router.add("GET", "/api/admin/forums/{slug}", [&auth, &database](const Request& request) {
    auth.require(request, {store::Role::admin});
    auto connection = database.acquire();
    return json_response(200, forum_json(existing_forum(*connection, request.params.at("slug"))));
  });
  router.add("PUT", "/api/admin/forums/{slug}/quotas", [&auth, &database](const Request& request) {
    return replace_quotas(auth, database, request);
  });
  router.add("POST", "/api/admin/forums/{slug}/quotas/check", [&auth, &database](const Request& request) {
    return check_quotas(auth, database, request);
  });
  router.add_upload("POST", "/api/admin/forums/{slug}/register", [&auth, &database](const Request& request) {
    return upload_register(auth, database, request);
  });
  router.add("GET", "/api/admin/forums/{slug}/register", [&auth, &database](const Request& request) {
    auth.require(request, {store::Role::admin});
    const auto& slug = request.params.at("slug");
    auto connection = database.acquire();
    const auto summary = store::find_register(*connection, slug);
    if (!summary) throw Error(error_codes::no_register, "No register has been uploaded for forum '" + slug + "' yet.");
    return json_response(200, register_json(*summary));
  });
}

}  // namespace mienskip::web
