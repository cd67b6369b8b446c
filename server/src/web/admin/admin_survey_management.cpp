#include "web/admin/admin_survey_management.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "app/response_deletion.hpp"
#include "core/base/bounded_json.hpp"
#include "core/base/error.hpp"
#include "core/invitations/invitation_code.hpp"
#include "core/survey/response_export.hpp"
#include "core/survey/survey_definition.hpp"
#include "store/survey_results_input.hpp"
#include "store/surveys.hpp"
#include "web/admin/grants_json.hpp"
#include "web/http/request_schema.hpp"
#include "web/public/survey_pages.hpp"

namespace mienskip::web {

namespace {

constexpr long long max_codes_per_request = 100000;

nlohmann::json detail_json(const store::SurveyDetail& survey) {
  return {{"slug", survey.slug},
          {"status", survey.status},
          {"access", survey.access},
          {"responses", survey.responses},
          {"codes", survey.codes},
          // What the database enforces (migration 0002): answers fix the scenarios and the budget.
          {"frozen", survey.responses > 0},
          {"definition", survey.definition}};
}

// With what the account may do on it, so the staff app shows only what will be allowed.
Response survey_response(int status, pqxx::connection& connection, const std::string& slug, const Rights& rights) {
  const auto detail = store::survey_detail(connection, slug);
  if (!detail) throw Error(error_codes::not_found, "There is no survey '" + slug + "'.");
  auto body = detail_json(*detail);
  body["may"] = survey_may(rights, slug);
  return json_response(status, body);
}

// The request body as JSON; invalid JSON becomes 400 `invalid_json` in dispatch.
nlohmann::json json_body(const Request& request) {
  if (request.content_type.rfind("application/json", 0) != 0) {
    throw Error(error_codes::unsupported_media_type, "Send the request body as application/json.");
  }
  return parse_bounded_json(request.body);
}

// A JSON object with only the given fields: a misspelt field is named rather than ignored.
nlohmann::json json_object(const Request& request, const std::set<std::string>& fields) {
  auto body = json_body(request);
  if (!body.is_object()) throw Error(error_codes::bad_request, "The request body must be a JSON object.");
  for (const auto& [name, value] : body.items()) {
    if (!fields.count(name)) throw Error(error_codes::bad_request, "Unknown field '" + name + "' in the request.");
  }
  return body;
}

std::optional<std::string> query_value(const Request& request, const std::string& name) {
  const auto found = request.query.find(name);
  if (found == request.query.end()) return std::nullopt;
  return found->second;
}

Response attachment(int status, const std::string& content_type, std::string body, const std::string& file_name) {
  return Response{status, content_type, std::move(body),
                  {{"Content-Disposition", "attachment; filename=\"" + file_name + "\""}}};
}

void add_template_routes(StaffRoutes& routes, app::SurveyService& surveys,
                         const SurveyTemplateDirectory& templates) {
  routes.add("GET", "/api/admin/survey-templates", Access::admin, [&templates](const StaffRequest&) {
    return json_response(200, templates.list());
  });
  routes.add("POST", "/api/admin/surveys", Access::admin, [&surveys, &templates](const StaffRequest& request) {
    const auto body = json_object(request.http, {"template", "slug", "requires_code"});
    if (!body.contains("template") || !body["template"].is_string()) {
      throw Error(error_codes::bad_request, "Give the name of the template to start from in 'template'.");
    }
    if (!body.contains("slug") || !body["slug"].is_string()) {
      throw Error(error_codes::bad_request, "Give the survey's short name (its address, /s/NAME) in 'slug'.");
    }
    const auto requires_code = body.value("requires_code", nlohmann::json(true));
    if (!requires_code.is_boolean()) {
      throw Error(error_codes::bad_request, "'requires_code' is true (residents need an invitation code) or false.");
    }
    const auto slug = body["slug"].get<std::string>();
    check_survey_slug(slug);
    // Read and checked as `mienskip survey import` reads a template file.
    const auto definition = templates.read(body["template"].get<std::string>());
    auto connection = request.connection();
    store::create_survey(*connection, slug, definition.document, requires_code.get<bool>(), request.actor(),
                         store::NewSurveyStatus::draft);
    surveys.forget(slug);
    return survey_response(201, *connection, slug, request.rights());
  });
}

void add_definition_routes(StaffRoutes& routes, app::SurveyService& surveys) {
  routes.add("GET", "/api/admin/surveys/{slug}", Access::survey_read, [](const StaffRequest& request) {
    auto connection = request.connection();
    return survey_response(200, *connection, request.slug(), request.rights());
  });
  routes.add("PUT", "/api/admin/surveys/{slug}/definition", Access::survey_manage, [&surveys](const StaffRequest& request) {
    const auto definition = json_body(request.http);
    checked_survey_definition(definition);  // the checks `mienskip survey import` makes
    const auto& slug = request.slug();
    auto connection = request.connection();
    store::replace_survey_definition(*connection, slug, definition, request.actor());
    // Residents on this server see the new texts at once; other instances within their cache time.
    surveys.forget(slug);
    return survey_response(200, *connection, slug, request.rights());
  });
  routes.add("POST", "/api/admin/surveys/{slug}/preview", Access::survey_manage, [](const StaffRequest& request) {
    const std::string code = query_value(request.http, "language").value_or("nl");
    const auto language = parse_language(code);
    if (!language) throw Error(error_codes::bad_request, "Unknown language '" + code + "': use nl, fy or en.");
    const std::string page_name = query_value(request.http, "page").value_or("form");
    PreviewPage page = PreviewPage::form;
    if (page_name == "start") {
      page = PreviewPage::start;
    } else if (page_name == "thanks") {
      page = PreviewPage::thanks;
    } else if (page_name != "form") {
      throw Error(error_codes::bad_request, "Unknown page '" + page_name + "': use start, form or thanks.");
    }
    const auto definition = json_body(request.http);
    Survey survey = checked_survey_definition(definition);
    const auto& slug = request.slug();
    auto connection = request.connection();
    auto stored = store::find_survey(*connection, slug);
    if (!stored) throw Error(error_codes::not_found, "There is no survey '" + slug + "'.");
    stored->survey = std::move(survey);
    Response response{200, "text/html; charset=utf-8", survey_preview_page(*stored, *language, page), {}};
    // Should the page ever be opened on its own, the browser itself refuses to send its forms.
    response.headers.push_back({"Content-Security-Policy", "form-action 'none'"});
    return response;
  });
}

void add_codes_route(StaffRoutes& routes, const std::string& secret) {
  routes.add("POST", "/api/admin/surveys/{slug}/codes", Access::survey_manage, [secret](const StaffRequest& request) {
    const auto body = json_object(request.http, {"count"});
    const auto count = body.value("count", nlohmann::json());
    if (!count.is_number_integer() || count.get<long long>() < 1 || count.get<long long>() > max_codes_per_request) {
      throw Error(error_codes::invalid_count, "Give 'count' as a whole number from 1 to 100000: how many invitation codes to make. "
                                   "For more, ask again or use `mienskip codes generate`.");
    }
    const auto& slug = request.slug();
    auto connection = request.connection();
    const auto stored = store::find_survey(*connection, slug);
    if (!stored) throw Error(error_codes::not_found, "There is no survey '" + slug + "'.");
    if (!stored->requires_code) {
      throw Error(error_codes::codes_not_used, "Survey '" + slug + "' is open to everyone, so it uses no invitation codes.");
    }
    // The same codes and hashes `mienskip codes generate` makes. Once stored, the codes exist only in
    // this answer: they are never logged, and the audit log gets their number.
    const auto batch = new_invitation_batch(secret, static_cast<std::size_t>(count.get<long long>()));
    store::add_invitation_codes(*connection, stored->id, batch.hashes, request.actor());
    return attachment(201, "text/csv; charset=utf-8", invitation_codes_csv(batch.codes), slug + "-codes.csv");
  });
}

// A resident's request to delete their answers, received by the municipality (issue 18).
void add_response_deletion_route(StaffRoutes& routes, const std::string& secret) {
  routes.add("POST", "/api/admin/surveys/{slug}/responses/delete", Access::survey_manage, [secret](const StaffRequest& request) {
    const auto body = described_json_body(request.http, error_codes::invalid_option,
                                          "Send {\"code\": \"K7QM-X2PA-9RTD\"} or {\"response_id\": \"r-...\"}.");
    const auto deleted = app::delete_response_on_request(*request.connection(), request.slug(), body, secret, request.actor());
    return json_response(200, {{"deleted", {{"responses", deleted.responses}, {"drafts", deleted.drafts}, {"codes", deleted.codes}}}});
  });
}

struct ExportDownload {
  const char* file;  // the last segment of the route
  ExportFile kind;
  const char* content_type;
  bool csv;  // takes ?excel=1
};

constexpr ExportDownload downloads[] = {
    {"responses.csv", ExportFile::responses_csv, "text/csv; charset=utf-8", true},
    {"codebook.json", ExportFile::codebook_json, "application/json; charset=utf-8", false},
    {"codebook.csv", ExportFile::codebook_csv, "text/csv; charset=utf-8", true},
    {"read_export.R", ExportFile::r_script, "text/plain; charset=utf-8", false},
};

bool excel_requested(const Request& request, const ExportDownload& download) {
  const auto excel = query_value(request, "excel");
  if (!excel || *excel == "0" || *excel == "false") return false;
  if (*excel != "1" && *excel != "true") throw Error(error_codes::bad_request, "'excel' is 1 (Excel with Dutch settings) or 0.");
  if (!download.csv) throw Error(error_codes::bad_request, std::string("'excel' applies to the CSV files, not to ") + download.file + ".");
  return true;
}

void add_export_routes(StaffRoutes& routes) {
  for (const auto& download : downloads) {
    routes.add("GET", std::string("/api/admin/surveys/{slug}/export/") + download.file, Access::survey_read, [download](const StaffRequest& request) {
                 const bool excel = excel_requested(request.http, download);
                 const auto& slug = request.slug();
                 auto connection = request.connection();
                 // What `mienskip survey export` writes, through the same two calls.
                 const auto exported = store::survey_export(*connection, slug);
                 const auto weighting =
                     download.kind == ExportFile::responses_csv || download.kind == ExportFile::r_script
                         ? store::export_weighting(*connection, slug, exported.survey.survey, exported.responses)
                         : std::nullopt;
                 std::string content = export_file(download.kind, exported.survey.survey, exported.responses,
                                                   excel ? CsvDialect::excel_nl : CsvDialect::standard, weighting);
                 store::audit_survey_export(*connection, slug, request.actor(),
                                            {{"file", download.file},
                                             {"excel", excel},
                                             {"responses", exported.responses.size()}});
                 const std::string name = download.kind == ExportFile::r_script
                                              ? std::string(download.file)
                                              : slug + (excel ? "-excel-" : "-") + download.file;
                 return attachment(200, download.content_type, std::move(content), name);
               });
  }
}

}  // namespace

void add_admin_survey_management_routes(StaffRoutes& routes,
                                        app::SurveyService& surveys, const SurveyTemplateDirectory& templates,
                                        const std::string& secret) {
  add_template_routes(routes, surveys, templates);
  add_definition_routes(routes, surveys);
  add_codes_route(routes, secret);
  add_response_deletion_route(routes, secret);
  add_export_routes(routes);
}

}  // namespace mienskip::web
