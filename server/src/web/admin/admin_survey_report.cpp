#include "web/admin/admin_survey_report.hpp"

#include "app/survey_report.hpp"
#include "core/report/council_report.hpp"
#include "web/http/query_options.hpp"

namespace mienskip::web {

namespace {

// ?language=nl|fy|en (Dutch without it); another value, or any other option: 422 invalid_option.
app::SurveyReport report_of(const StaffRequest& request) {
  const QueryOptions query(request.http, {"language"});
  return app::survey_report(*request.connection(), request.slug(), std::chrono::system_clock::now(),
                            council_report_language(query.text("language")));
}

}  // namespace

void add_admin_survey_report_routes(StaffRoutes& routes, const app::PdfSettings& pdf) {
  routes.add("GET", "/api/admin/surveys/{slug}/report.html", Access::survey_read, [](const StaffRequest& request) {
    auto report = report_of(request);
    // Inline so it opens in the browser, ready to print; nothing in it may load or run anything.
    return Response{200,
                    "text/html; charset=utf-8",
                    std::move(report.html),
                    {{"Content-Disposition", "inline; filename=\"" + report.file_name + ".html\""},
                     {"Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"}}};
  });
  routes.add("GET", "/api/admin/surveys/{slug}/report.pdf", Access::survey_read, [pdf](const StaffRequest& request) {
    const auto report = report_of(request);
    return Response{200,
                    "application/pdf",
                    app::print_pdf(report.html, pdf),
                    {{"Content-Disposition", "attachment; filename=\"" + report.file_name + ".pdf\""}}};
  });
}

}  // namespace mienskip::web
