#pragma once

#include <chrono>
#include <pqxx/connection>
#include <string>

#include "store/connection_pool.hpp"
#include "web/admin/auth.hpp"
#include "web/admin/pdf_printer.hpp"
#include "web/http/router.hpp"

namespace mienskip::web {

/// The council report of a survey as a document, with the name to save it under.
struct SurveyReport {
  std::string html;
  std::string file_name;  // without extension: "raadsrapport-energie-2026-12-20"
};

/// The council report (core/report/council_report) of the survey `slug` as its results are now: the
/// input the results API weighs, weighted the same way, broken down by area when the survey asks
/// for it. Shared by the routes below and `mienskip survey report`. Throws Error `not_found`,
/// `no_margins` and the weighting's errors.
SurveyReport survey_report(pqxx::connection& connection, const std::string& slug,
                           std::chrono::system_clock::time_point now);

/// Staff routes for the council report (admin, analyst; read-only):
///   GET /api/admin/surveys/{slug}/report.html  text/html, Dutch, printable (A4)
///   GET /api/admin/surveys/{slug}/report.pdf   application/pdf, through headless chromium;
///                                              503 `pdf_unavailable` when chromium is missing or fails
/// Both 409 `no_margins` before margins are uploaded.
void add_admin_survey_report_routes(Router& router, Auth& auth, store::ConnectionPool& database,
                                    const PdfSettings& pdf);

}  // namespace mienskip::web
