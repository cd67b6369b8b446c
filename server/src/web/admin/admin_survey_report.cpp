#include "web/admin/admin_survey_report.hpp"

#include <ctime>

#include "core/report/council_report.hpp"
#include "core/weighting/weighting_settings.hpp"
#include "store/survey_results_input.hpp"

namespace mienskip::web {

namespace {

std::string utc_text(std::chrono::system_clock::time_point moment) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(moment);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

SurveyReport report_of(store::ConnectionPool& database, const std::string& slug) {
  return survey_report(*database.acquire(), slug, std::chrono::system_clock::now());
}

}  // namespace

SurveyReport survey_report(pqxx::connection& connection, const std::string& slug,
                           std::chrono::system_clock::time_point now) {
  const auto input = store::survey_results_input(connection, slug);
  const Survey& survey = input.survey.survey;
  // The saved weighting settings; without a breakdown chosen, the council's usual one (by area).
  auto options = results_options(survey, input.margins.margins, input.weighting, ResultsQuery{});
  if (options.sample.by.empty()) options.sample.by = council_report_domain(survey);
  const auto result = weigh_survey_responses(survey, input.responses, input.margins.margins, options);
  const std::string generated_at = utc_text(now);
  const auto facts = council_report_facts(input.responses, input.survey.requires_code, generated_at);
  return {council_report_html(survey, result, facts), council_report_file_name(slug, generated_at)};
}

void add_admin_survey_report_routes(Router& router, Auth& auth, store::ConnectionPool& database,
                                    const PdfSettings& pdf) {
  router.add("GET", "/api/admin/surveys/{slug}/report.html", [&auth, &database](const Request& request) {
    auth.require(request, {store::Role::admin, store::Role::analyst});
    auto report = report_of(database, request.params.at("slug"));
    // Inline so it opens in the browser, ready to print; nothing in it may load or run anything.
    return Response{200,
                    "text/html; charset=utf-8",
                    std::move(report.html),
                    {{"Content-Disposition", "inline; filename=\"" + report.file_name + ".html\""},
                     {"Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"}}};
  });
  router.add("GET", "/api/admin/surveys/{slug}/report.pdf", [&auth, &database, pdf](const Request& request) {
    auth.require(request, {store::Role::admin, store::Role::analyst});
    const auto report = report_of(database, request.params.at("slug"));
    return Response{200,
                    "application/pdf",
                    print_pdf(report.html, pdf),
                    {{"Content-Disposition", "attachment; filename=\"" + report.file_name + ".pdf\""}}};
  });
}

}  // namespace mienskip::web
