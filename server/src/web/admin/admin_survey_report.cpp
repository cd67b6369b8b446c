#include "web/admin/admin_survey_report.hpp"

#include "app/survey_report.hpp"

namespace mienskip::web {

namespace {

app::SurveyReport report_of(store::ConnectionPool& database, const std::string& slug) {
  return app::survey_report(*database.acquire(), slug, std::chrono::system_clock::now());
}

}  // namespace

void add_admin_survey_report_routes(Router& router, Auth& auth, store::ConnectionPool& database,
                                    const app::PdfSettings& pdf) {
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
                    app::print_pdf(report.html, pdf),
                    {{"Content-Disposition", "attachment; filename=\"" + report.file_name + ".pdf\""}}};
  });
}

}  // namespace mienskip::web
