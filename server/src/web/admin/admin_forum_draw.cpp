#include "web/admin/admin_forum_draw.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/base/csv.hpp"
#include "core/invitations/invitation_receipt.hpp"
#include "core/invitations/invitation_parameters.hpp"
#include "core/base/error.hpp"
#include "core/invitations/invitation_letters.hpp"
#include "core/invitations/letter_address.hpp"
#include "core/base/utf8.hpp"
#include "store/forum_draw.hpp"
#include "store/forum_invitation_draw.hpp"
#include "store/forum_register.hpp"
#include "store/forums.hpp"
#include "web/forum_json.hpp"
#include "web/http/json_body.hpp"
#include "web/http/request_schema.hpp"
#include "core/crypto/public_seed.hpp"
#include "web/http/query_options.hpp"

namespace mienskip::web {

namespace {

nlohmann::json draw_json(const store::StoredDraw& draw) {
  auto optional = [](const std::optional<std::string>& text) { return text ? nlohmann::json(*text) : nlohmann::json(); };
  return {{"parameters", draw_parameters_json(draw.parameters)},
          {"register_sha256", draw.register_sha256},
          {"register_changed", draw.current_register_sha256 != draw.register_sha256},
          {"exclusion_sha256", draw.exclusion_sha256},
          {"commitment", draw.commitment},
          {"committed_by", draw.committed_by},
          {"committed_at", draw.committed_at},
          {"seed", optional(draw.seed)},
          {"drawn_by", optional(draw.drawn_by)},
          {"drawn_at", optional(draw.drawn_at)},
          {"receipt", draw.receipt},
          {"invitations", draw.invitations},
          {"personal_data_deleted", draw.personal_data_deleted}};
}

store::StoredDraw existing_draw(pqxx::connection& connection, const std::string& slug) {
  auto draw = store::find_draw(connection, slug);
  if (!draw) throw Error(error_codes::no_commitment, "Forum '" + slug + "' has no published commitment to a draw yet.");
  return *draw;
}

Response run_draw(const std::string& secret, const StaffRequest& request) {
  const auto body = described_json_body(request.http, error_codes::invalid_seed,
                                        "Send the public seed as {\"seed\": \"...\"}, e.g. the numbers of a public lottery.");
  const auto seed = public_seed(body["seed"].get<std::string>());
  const auto& slug = request.slug();
  auto connection = request.connection();
  store::draw_forum_invitations(*connection, slug, seed, secret, request.actor());
  return json_response(200, draw_json(existing_draw(*connection, slug)));
}

// The address block's columns: a query parameter per role (`street=straat`, empty for none), or,
// when the request names no role at all, the columns the register's names suggest.
struct ChosenAddress {
  AddressMapping mapping;
  bool suggested = false;
};

// The letters' options: the language and address_role_name of each role.
QueryOptions letter_options(const StaffRequest& request) {
  return QueryOptions(request.http, {"language", "given_name", "prefix", "surname", "street", "house_number", "house_letter",
                                "addition", "postcode", "place"});
}

ChosenAddress chosen_address(const QueryOptions& options, const std::vector<std::string>& columns) {
  ChosenAddress chosen;
  bool any = false;
  for (const auto role : address_roles()) {
    if (auto column = options.text(std::string(address_role_name(role)))) {
      any = true;
      if (!column->empty()) chosen.mapping[static_cast<std::size_t>(role)] = *column;
    }
  }
  if (!any) chosen = {suggested_address_mapping(columns), true};
  return chosen;
}

// Where residents sign up (issue 6, step 4): the public address configured with --public-url;
// without one, the address staff reached this server by, as before (docs/burgerforum.md).
std::string sign_up_url(const std::string& public_url, const Request& request, const std::string& slug) {
  if (!public_url.empty()) return public_url + "/f/" + slug;
  const std::string host = request.header("host").empty() ? "localhost" : request.header("host");
  return "https://" + host + "/f/" + slug;
}

std::string letter_language(const QueryOptions& options) {
  std::string language = options.text("language").value_or("nl");
  if (!is_letter_language(language)) throw Error(error_codes::invalid_option, "Letters are written in Dutch (nl) or Frisian (fy).");
  return language;
}

Response letters(const std::string& public_url, const StaffRequest& request) {
  const auto options = letter_options(request);
  const std::string language = letter_language(options);
  const auto& slug = request.slug();
  auto connection = request.connection();
  const auto forum = existing_forum(*connection, slug);
  const auto invitations = store::read_invitations(*connection, slug);
  const auto layout = address_layout(chosen_address(options, invitations.columns).mapping, invitations.columns);
  std::vector<InvitationLetter> letters;
  letters.reserve(invitations.rows.size());
  for (std::size_t i = 0; i < invitations.rows.size(); ++i) {
    auto block = address_block(layout, invitations.rows[i]);
    letters.push_back({std::move(block.lines), invitations.codes[i], std::move(block.addressee)});
  }
  const LetterSettings settings{language, forum.settings.name, forum.settings.municipality,
                                sign_up_url(public_url, request.http, slug)};
  auto html = invitation_letters_html(settings, letters);
  store::audit_invitations_download(*connection, slug, "letters_" + language, letters.size(), request.actor());
  return Response{200, "text/html; charset=utf-8", std::move(html),
                  {{"Content-Disposition", "inline; filename=\"brieven-" + slug + "-" + language + ".html\""},
                   {"Cache-Control", "no-store"}}};
}

// What the staff app shows beside the address-block control: the columns per role, the roles a
// deliverable address still lacks, and the first letter's block as it will be printed.
Response address_preview(const std::string& public_url, const StaffRequest& request) {
  const auto options = letter_options(request);
  const std::string language = letter_language(options);
  const auto& slug = request.slug();
  auto connection = request.connection();
  const auto invitations = store::read_invitations(*connection, slug);
  const auto chosen = chosen_address(options, invitations.columns);
  const auto layout = address_positions(chosen.mapping, invitations.columns);
  nlohmann::json roles = nlohmann::json::object();
  for (const auto role : address_roles()) {
    const auto& column = chosen.mapping[static_cast<std::size_t>(role)];
    roles[std::string(address_role_name(role))] = column ? nlohmann::json(*column) : nlohmann::json();
  }
  nlohmann::json missing = nlohmann::json::array();
  for (const auto role : missing_address_roles(chosen.mapping)) missing.push_back(address_role_name(role));
  nlohmann::json example;
  if (missing.empty() && !invitations.rows.empty()) {
    const auto block = address_block(layout, invitations.rows.front());
    example = {{"lines", block.lines}, {"greeting", letter_greeting(language, block.addressee)}};
  }
  return json_response(200, {{"columns", invitations.columns},
                             {"roles", roles},
                             {"suggested", chosen.suggested},
                             {"missing", missing},
                             {"example", example},
                             {"sign_up_url", public_url.empty() ? nlohmann::json() : nlohmann::json(sign_up_url(public_url, request.http, slug))}});
}

}  // namespace

void add_admin_forum_draw_routes(StaffRoutes& routes, const std::string& secret,
                                 const std::string& public_url) {
  routes.add("PUT", "/api/admin/forums/{slug}/draw/commitment", Access::admin, [](const StaffRequest& request) {
    const auto body = json_body(request.http, "the draw's parameters");
    const auto& slug = request.slug();
    auto connection = request.connection();
    const auto summary = store::find_register(*connection, slug, 0);
    if (!summary) throw Error(error_codes::no_register, "Upload the register of forum '" + slug + "' before committing to a draw.");
    const auto checked = check_draw_parameters(body, summary->columns, summary->rows);
    if (!checked.value) {
      return field_errors_response("invalid_draw_parameters", "No commitment was made: see the fields.", checked.errors);
    }
    return json_response(200, draw_json(store::commit_draw(*connection, slug, *checked.value, request.actor())));
  });
  routes.add("GET", "/api/admin/forums/{slug}/draw", Access::admin, [](const StaffRequest& request) {
    auto connection = request.connection();
    return json_response(200, draw_json(existing_draw(*connection, request.slug())));
  });
  routes.add("POST", "/api/admin/forums/{slug}/draw", Access::admin, [secret](const StaffRequest& request) {
    return run_draw(secret, request);
  });
  routes.add("GET", "/api/admin/forums/{slug}/invitations.csv", Access::admin, [](const StaffRequest& request) {
    const auto& slug = request.slug();
    auto connection = request.connection();
    const auto invitations = store::read_invitations(*connection, slug);
    auto csv = invitations_csv(invitations.columns, invitations.rows, invitations.strata, &invitations.codes);
    store::audit_invitations_download(*connection, slug, "csv", invitations.rows.size(), request.actor());
    return Response{200, "text/csv; charset=utf-8", std::move(csv),
                    {{"Content-Disposition", "attachment; filename=\"uitnodigingen-" + slug + ".csv\""},
                     {"Cache-Control", "no-store"}}};
  });
  routes.add("GET", "/api/admin/forums/{slug}/letters.html", Access::admin, [public_url](const StaffRequest& request) {
    return letters(public_url, request);
  });
  routes.add("GET", "/api/admin/forums/{slug}/letters/address", Access::admin, [public_url](const StaffRequest& request) {
    return address_preview(public_url, request);
  });
  routes.add("POST", "/api/admin/forums/{slug}/personal-data/delete", Access::admin, [](const StaffRequest& request) {
    const auto& slug = request.slug();
    auto connection = request.connection();
    const auto deleted = store::delete_personal_data(*connection, slug, request.actor());
    auto answer = draw_json(existing_draw(*connection, slug));
    answer["deleted"] = {{"register_rows", deleted.register_rows}, {"codes", deleted.codes}};
    return json_response(200, answer);
  });
}

}  // namespace mienskip::web
