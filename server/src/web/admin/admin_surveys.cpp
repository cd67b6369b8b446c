#include "web/admin/admin_surveys.hpp"

#include <nlohmann/json.hpp>
#include <optional>

#include "core/base/csv.hpp"
#include "core/base/error.hpp"
#include "core/report/representativeness_words.hpp"
#include "app/survey_results.hpp"
#include "core/survey/survey_results.hpp"
#include "core/weighting/margins_source.hpp"
#include "core/weighting/weighting_settings.hpp"
#include "core/weighting/weighting_report.hpp"
#include "store/margins.hpp"
#include "store/surveys.hpp"
#include "store/survey_results_input.hpp"
#include "web/admin/grants_json.hpp"
#include "web/http/query_options.hpp"
#include "web/http/media_type.hpp"

namespace mienskip::web {

namespace {

nlohmann::json margins_json(const std::string& slug, const store::StoredMargins& stored) {
  nlohmann::json variables = nlohmann::json::array();
  for (const auto& margin : stored.margins.variables) {
    nlohmann::json categories = nlohmann::json::array();
    for (std::size_t c = 0; c < margin.categories.size(); ++c) {
      categories.push_back({{"category", margin.categories[c]}, {"population_count", margin.population[c]}});
    }
    variables.push_back({{"variable", margin.variable}, {"categories", categories}});
  }
  const auto& source = stored.source;
  auto stated = [](const std::string& text) { return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text); };
  return {{"slug", slug},
          {"uploaded_by", stored.uploaded_by},
          {"uploaded_at", stored.uploaded_at},
          {"source", stated(source.source)},
          {"reference_date", stated(source.reference_date)},
          {"population", stated(source.population)},
          {"variables", variables}};
}

void add_margins_routes(StaffRoutes& routes,
                        store::ResponseTableCache& responses) {
  const std::string path = "/api/admin/surveys/{slug}/margins";
  routes.add("PUT", path, Access::survey_manage, [](const StaffRequest& request) {
    if (media_type(request.http.content_type) != "text/csv") {
      throw Error(error_codes::unsupported_media_type, "Send the margins as text/csv: variable,category,population_count.");
    }
    // The reader `mienskip weigh` uses, so an upload fails with the same message a file would.
    const QueryOptions query(request.http, {"source", "reference_date", "population"});
    const auto source = checked_margins_source(query.text("source"), query.text("reference_date"), query.text("population"));
    const auto margins = parse_margins(parse_csv(request.http.body, "margins.csv"));
    const auto& slug = request.slug();
    auto connection = request.connection();
    store::replace_margins(*connection, slug, margins, source, request.actor());
    return json_response(200, margins_json(slug, *store::find_margins(*connection, slug)));
  });
  routes.add("GET", path, Access::survey_read, [](const StaffRequest& request) {
    const auto& slug = request.slug();
    auto connection = request.connection();
    const auto stored = store::find_margins(*connection, slug);
    if (!stored) throw Error(error_codes::no_margins, "No population margins have been uploaded for survey '" + slug + "'.");
    return json_response(200, margins_json(slug, *stored));
  });
  routes.add("GET", "/api/admin/surveys/{slug}/results", Access::survey_read, [&responses](const StaffRequest& request) {
    const QueryOptions query(request.http, {"variables", "bounds", "by"});
    return json_response(200, survey_results_json(*request.connection(), responses, request.slug(),
                                                  ResultsQuery{query.text("variables"), query.text("bounds"),
                                                               query.text("by")}));
  });
}

}  // namespace

nlohmann::json survey_results_json(pqxx::connection& connection, store::ResponseTableCache& responses,
                                   const std::string& slug, const ResultsQuery& query) {
  const auto weighed = app::weigh_survey(connection, responses, slug, query);
  // The weighing report `mienskip weigh --format json` prints, less the weight of every respondent
  // (one entry per response, which the results view never shows), plus the sentences people read.
  auto report = weighing_json(weighed.result, RespondentWeights::left_out);
  report["representativeness_words"] = {{"nl", weighed.words.nl}, {"en", weighed.words.en}};
  return report;
}

void add_admin_survey_routes(StaffRoutes& routes, app::SurveyService& surveys,
                             store::ResponseTableCache& responses) {
  routes.add("GET", "/api/admin/surveys", Access::staff, [](const StaffRequest& request) {
    auto connection = request.connection();
    nlohmann::json list = nlohmann::json::array();
    // Only the surveys the account may read, each with what it may do there.
    for (const auto& s : store::survey_overview(*connection)) {
      if (!allows(request.rights(), Access::survey_read, s.slug)) continue;
      list.push_back({{"slug", s.slug},
                      {"title", s.title},
                      {"status", s.status},
                      {"access", s.access},
                      {"responses", s.responses},
                      {"codes", s.codes},
                      {"may", survey_may(request.rights(), s.slug)}});
    }
    return json_response(200, {{"surveys", list}});
  });
  for (const char* status : {"close", "open"}) {
    const std::string target = std::string(status) == "close" ? "closed" : "open";
    routes.add("POST", std::string("/api/admin/surveys/{slug}/") + status, Access::survey_manage, [&surveys, target](const StaffRequest& request) {
                 auto connection = request.connection();
                 store::set_survey_status(*connection, request.slug(), target, request.actor());
                 // Residents on this server see it at once; other instances within their cache time.
                 surveys.forget(request.slug());
                 return json_response(200, {{"slug", request.slug()}, {"status", target}});
               });
  }
  add_margins_routes(routes, responses);
}

}  // namespace mienskip::web
