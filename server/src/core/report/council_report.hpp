#pragma once

#include <optional>
#include <string>

#include "core/report/council_report_domains.hpp"
#include "core/report/council_report_holdout.hpp"
#include "core/report/council_report_facts.hpp"
#include "core/report/council_report_method.hpp"
#include "core/report/council_report_representativeness.hpp"
#include "core/report/council_report_results.hpp"
#include "core/survey/survey.hpp"
#include "core/weighting/weighting.hpp"

namespace mienskip {

/// The report for the municipal council as values: everything it shows, each number written the
/// Dutch way and rounded as shown (means to one decimal, shares to whole percentages, one decimal
/// in the representativeness figures), and each choice made (which sentence, which rows, what is
/// left out). The template server/templates/council_report.mustache lays it out as one
/// self-contained HTML page for A4 (app/council_report_view).
///
/// Sections: In het kort; Resultaten (per scenario the weighted mean with its 95% interval, a
/// chart of both, the unweighted mean and the share that gave it points); Methode (dividing the
/// points; raking to the population on the weighting variables, with the bounds if any), Respons
/// and Representativiteit (the largest difference in words, then sample, population and weighted
/// shares per category); and, when `result` has domains, the results per domain where it has at
/// least `min_domain_ess` responses, next to the domain variable's shares when it is a
/// weighting variable (its labels then appear once). Texts from the definition are as written:
/// escaping is the template's.
struct CouncilReport {
  Language language = Language::nl;
  std::string title;                     // the survey's title in `language` (Dutch when it has none)
  std::string municipality;              // empty: not named ("de gemeente")
  std::string generated_at;              // Dutch time: "20 december 2026, 10:05"; empty when unknown
  std::string budget;                    // the points each resident divided: "100"
  std::string audit_head;                // as in the facts: HASH@POSITION, or empty
  std::string software;                  // as in the facts: "Mienskip 0.1.0", or empty
  std::string responses_sha256;          // as in the facts, or empty
  std::optional<ReportSummary> summary;  // none without scenarios
  ReportResults results;
  ReportMethod method;
  ReportResponse response;
  ReportRepresentativeness representativeness;
  std::optional<ReportDomains> domains;  // none when the results are not broken down
  std::optional<ReportHoldout> holdout;  // none with fewer than two weighting variables
};

/// `language`: the report's language (numbers, dates, labels, the sentences chosen in code); the
/// templates of that language lay it out (app/council_report_view).
CouncilReport council_report(const Survey& survey, const WeighingResult& result, const CouncilReportFacts& facts,
                             Language language = Language::nl);

/// The domain question the report breaks results down by: the demographic question `area` when
/// the survey asks it, else none (empty).
std::string council_report_domain(const Survey& survey);

/// A file name for the report: "raadsrapport-SLUG-2026-12-20" (the Dutch date of `generated_at`);
/// "riedsrapport-..." in Frisian, "council-report-..." in English.
std::string council_report_file_name(const std::string& slug, const std::string& generated_at,
                                     Language language = Language::nl);

/// The report's language from a request's `language` (nl, fy or en; none: Dutch, the council's
/// language). Throws Error `invalid_option` for anything else.
Language council_report_language(const std::optional<std::string>& code);

}  // namespace mienskip
