#pragma once

#include <chrono>
#include <pqxx/connection>
#include <string>

#include "core/survey/survey.hpp"

namespace mienskip::app {

/// The council report of a survey as a document, with the name to save it under.
struct SurveyReport {
  std::string html;
  std::string file_name;  // without extension: "raadsrapport-energie-2026-12-20"
};

/// The council report (core/report/council_report, laid out by app/council_report_view) of the
/// survey `slug` as its results are now: the input the results API weighs, weighted the same way,
/// broken down by area when the survey asks for it, in `language`. The one use case behind the staff routes and
/// `mienskip survey report`. Throws Error `not_found`, `no_margins` and the weighting's errors.
SurveyReport survey_report(pqxx::connection& connection, const std::string& slug,
                           std::chrono::system_clock::time_point now, Language language = Language::nl);

}  // namespace mienskip::app
