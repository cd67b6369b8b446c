#pragma once

#include "store/connection_pool.hpp"
#include "web/admin/staff_routes.hpp"
#include "app/pdf_printer.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// Staff routes for the council report (admin, analyst; read-only):
///   GET /api/admin/surveys/{slug}/report.html  text/html, Dutch, printable (A4)
///   GET /api/admin/surveys/{slug}/report.pdf   application/pdf, through headless chromium;
///                                              503 `pdf_unavailable` when chromium is missing or fails
/// Both 409 `no_margins` before margins are uploaded.
void add_admin_survey_report_routes(StaffRoutes& routes,
                                    const app::PdfSettings& pdf);

}  // namespace mienskip::web
