#pragma once

#include <string>
#include <vector>

#include "core/survey/response_export.hpp"
#include "core/survey/survey.hpp"
#include "core/weighting/weighting.hpp"

namespace mienskip {

/// What the report says about the survey that neither the definition nor the weighting knows.
struct CouncilReportFacts {
  std::string municipality;      // "Súdwest-Fryslân"; empty: not named
  bool invitation_codes = true;  // only residents with a personal code could answer
  long responses = 0;            // every stored response, also those the weighting could not use
  std::string first_response;    // UTC, "2026-11-25T18:31:05Z"; empty when there are none
  std::string last_response;
  std::string generated_at;  // UTC, as above
};

/// The facts the stored responses give: how many, the first and the last.
CouncilReportFacts council_report_facts(const std::vector<ExportedResponse>& responses, bool invitation_codes,
                                        const std::string& generated_at);

/// The domain question the report breaks results down by: the demographic question `area` when
/// the survey asks it, else none (empty).
std::string council_report_domain(const Survey& survey);

/// The report for the municipal council, in Dutch: one self-contained HTML document (inline CSS
/// with A4 print rules, inline SVG, no scripts, nothing fetched) laid out to print on ONE A4 page
/// (8.5pt text, 8pt table figures). Sections: In het kort; Resultaten (per scenario the weighted
/// mean with its 95% interval, a chart of both with its text alternative, the unweighted mean and
/// the share that gave it points); in two columns Methode (dividing the points; raking to the
/// population on the weighting variables, with the bounds if any), Respons and
/// Representativiteit (the largest difference in words, then sample, population and weighted
/// shares per category); and, when `result` has domains, the results per domain where it has at
/// least `min_domain_respondents` responses ("te weinig antwoorden" otherwise), next to the
/// domain variable's shares when it is a weighting variable (its labels then appear once). Every
/// text from the definition is escaped. Numbers are written the Dutch way and rounded as shown:
/// means to one decimal, shares to whole percentages (one decimal in the representativeness
/// figures).
std::string council_report_html(const Survey& survey, const WeighingResult& result, const CouncilReportFacts& facts);

/// A file name for the report: "raadsrapport-SLUG-2026-12-20" (the Dutch date of `generated_at`).
std::string council_report_file_name(const std::string& slug, const std::string& generated_at);

}  // namespace mienskip
