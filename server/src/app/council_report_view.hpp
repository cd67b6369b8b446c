#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>

#include "core/report/council_report.hpp"

namespace mienskip::app {

/// The council report as the data server/templates/council_report.mustache reads: the model's
/// values, an empty text or a section not shown as false (Mustache counts an empty string as a
/// value), every list item with all the keys its template reads.
nlohmann::json council_report_data(const CouncilReport& report);

/// The report for the municipal council, in the report's language (council_report.mustache in
/// Dutch, council_report*.fy and *.en where the words differ): one self-contained HTML document (inline CSS
/// with A4 print rules, inline SVG, no scripts, nothing fetched) laid out to print on ONE A4 page.
/// Every text is escaped by the template.
std::string council_report_html(const CouncilReport& report);

}  // namespace mienskip::app
