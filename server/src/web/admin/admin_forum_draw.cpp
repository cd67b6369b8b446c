#include "web/admin/admin_forum_draw.hpp"

#include <nlohmann/json.hpp>

#include "app/invitations.hpp"
#include "core/base/error.hpp"
#include "core/invitations/invitation_parameters.hpp"
#include "web/forum_json.hpp"
#include "web/http/json_body.hpp"
#include "web/http/query_options.hpp"
#include "web/http/request_schema.hpp"
#include "web/optional_json.hpp"

namespace mienskip::web {

namespace {

// Every published version of the commitment, oldest first, as the verification page lists them.
nlohmann::json versions_json(const std::vector<store::CommitmentVersion>& versions) {
  auto list = nlohmann::json::array();
  for (const auto& v : versions) {
    list.push_back({{"version", v.version}, {"commitment", v.commitment}, {"register_sha256", v.register_sha256},
                    {"exclusion_sha256", v.exclusion_sha256}, {"parameters", draw_parameters_json(v.parameters)},
                    {"reason", text_or_null(v.reason)}, {"committed_by", v.committed_by},
                    {"committed_at", v.committed_at}, {"seed_not_before", v.seed_not_before}});
  }
  return list;
}

nlohmann::json draw_json(const store::StoredDraw& draw) {
  return {{"version", draw.versions.empty() ? 0 : draw.versions.back().version},
          {"versions", versions_json(draw.versions)},
          {"seed_not_before", draw.seed_not_before},
          {"seed_time_reached", draw.seed_time_reached},
          {"parameters", draw_parameters_json(draw.parameters)},
          {"register_sha256", draw.register_sha256},
          {"register_changed", draw.current_register_sha256 != draw.register_sha256},
          {"exclusion_sha256", draw.exclusion_sha256},
          {"commitment", draw.commitment},
          {"committed_by", draw.committed_by},
          {"committed_at", draw.committed_at},
          {"seed", text_or_null(draw.seed)},
          {"drawn_by", text_or_null(draw.drawn_by)},
          {"drawn_at", text_or_null(draw.drawn_at)},
          {"receipt", draw.receipt},
          {"invitations", draw.invitations},
          {"personal_data_deleted", draw.personal_data_deleted}};
}

// The letters' options: the language and address_role_name of each role.
QueryOptions letter_options(const StaffRequest& request) {
  return QueryOptions(request.http, {"language", "given_name", "prefix", "surname", "street", "house_number", "house_letter",
                                     "addition", "postcode", "place"});
}

// The address block's columns: a query parameter per role (`street=straat`, empty for none), or,
// when the request names no role at all, none chosen (the register's names suggest them).
app::AddressChoice address_choice(const QueryOptions& options) {
  AddressMapping mapping;
  bool any = false;
  for (const auto role : address_roles()) {
    if (auto column = options.text(std::string(address_role_name(role)))) {
      any = true;
      if (!column->empty()) mapping[static_cast<std::size_t>(role)] = *column;
    }
  }
  return any ? app::AddressChoice{mapping} : app::AddressChoice{};
}

// Where residents sign up (issue 6, step 4): the public address configured with --public-url;
// without one, the address staff reached this server by, as before (docs/burgerforum.md).
std::string sign_up_url(const std::string& public_url, const Request& request, const std::string& slug) {
  if (!public_url.empty()) return public_url + "/f/" + slug;
  const std::string host = request.header("host").empty() ? "localhost" : request.header("host");
  return "https://" + host + "/f/" + slug;
}

Response draw_commitment(std::chrono::seconds wait, const StaffRequest& request) {
  auto connection = request.connection();
  const auto commitment = app::commit_to_invitation_draw(*connection, request.slug(),
                                                         json_body(request.http, "the draw's parameters"), wait, request.actor());
  if (!commitment.draw) {
    return field_errors_response(error_codes::invalid_draw_parameters, "No commitment was made: see the fields.", commitment.errors);
  }
  return json_response(200, draw_json(*commitment.draw));
}

Response run_draw(const std::string& secret, const StaffRequest& request) {
  const auto body = described_json_body(request.http, error_codes::invalid_seed,
                                        "Send the public seed as {\"seed\": \"...\"}, e.g. the numbers of a public lottery.");
  auto connection = request.connection();
  return json_response(200, draw_json(app::draw_invitations(*connection, request.slug(), body["seed"].get<std::string>(),
                                                            secret, request.actor())));
}

Response invitations_csv(const std::string& secret, const StaffRequest& request) {
  auto connection = request.connection();
  return Response{200, "text/csv; charset=utf-8",
                  app::invitations_csv_download(*connection, request.slug(), secret, request.actor()),
                  {{"Content-Disposition", "attachment; filename=\"uitnodigingen-" + request.slug() + ".csv\""},
                   {"Cache-Control", "no-store"}}};
}

Response letters(const std::string& public_url, const std::string& secret, const StaffRequest& request) {
  const auto options = letter_options(request);
  const std::string language = options.text("language").value_or("nl");
  const auto& slug = request.slug();
  auto connection = request.connection();
  auto html = app::invitation_letters_download(*connection, slug, language, address_choice(options),
                                               sign_up_url(public_url, request.http, slug), secret, request.actor());
  return Response{200, "text/html; charset=utf-8", std::move(html),
                  {{"Content-Disposition", "inline; filename=\"brieven-" + slug + "-" + language + ".html\""},
                   {"Cache-Control", "no-store"}}};
}

// What the staff app shows beside the address-block control.
Response address_preview(const std::string& public_url, const StaffRequest& request) {
  const auto options = letter_options(request);
  auto connection = request.connection();
  const auto preview = app::letter_address_preview(*connection, request.slug(), options.text("language").value_or("nl"),
                                                   address_choice(options));
  nlohmann::json roles = nlohmann::json::object();
  for (const auto role : address_roles()) {
    const auto& column = preview.mapping[static_cast<std::size_t>(role)];
    roles[std::string(address_role_name(role))] = column ? nlohmann::json(*column) : nlohmann::json();
  }
  nlohmann::json missing = nlohmann::json::array();
  for (const auto role : preview.missing) missing.push_back(address_role_name(role));
  nlohmann::json example;
  if (preview.example) example = {{"lines", preview.example->lines}, {"greeting", preview.greeting}};
  const auto url = public_url.empty() ? nlohmann::json() : nlohmann::json(sign_up_url(public_url, request.http, request.slug()));
  return json_response(200, {{"columns", preview.columns}, {"roles", roles}, {"suggested", preview.suggested},
                             {"missing", missing}, {"example", example}, {"sign_up_url", url}});
}

Response delete_personal_data(const StaffRequest& request) {
  auto connection = request.connection();
  const auto deletion = app::delete_invitation_personal_data(*connection, request.slug(), request.actor());
  auto answer = draw_json(deletion.draw);
  answer["deleted"] = {{"register_rows", deletion.deleted.register_rows}, {"codes", deletion.deleted.codes}};
  return json_response(200, answer);
}

}  // namespace

void add_admin_forum_draw_routes(StaffRoutes& routes, const DrawRouteSettings& settings) {
  const std::string forum = "/api/admin/forums/{slug}";
  const auto& secret = settings.secret;
  const auto& public_url = settings.public_url;
  routes.add("PUT", forum + "/draw/commitment", Access::forum_manage,
             [wait = settings.commitment_wait](const StaffRequest& request) { return draw_commitment(wait, request); });
  routes.add("GET", forum + "/draw", Access::forum_manage, [](const StaffRequest& request) {
    auto connection = request.connection();
    return json_response(200, draw_json(app::invitation_draw(*connection, request.slug())));
  });
  routes.add("POST", forum + "/draw", Access::forum_manage,
             [secret](const StaffRequest& request) { return run_draw(secret, request); });
  routes.add("GET", forum + "/invitations.csv", Access::forum_manage,
             [secret](const StaffRequest& request) { return invitations_csv(secret, request); });
  routes.add("GET", forum + "/letters.html", Access::forum_manage,
             [public_url, secret](const StaffRequest& request) { return letters(public_url, secret, request); });
  routes.add("GET", forum + "/letters/address", Access::forum_manage,
             [public_url](const StaffRequest& request) { return address_preview(public_url, request); });
  routes.add("POST", forum + "/personal-data/delete", Access::forum_manage, delete_personal_data);
}

}  // namespace mienskip::web
