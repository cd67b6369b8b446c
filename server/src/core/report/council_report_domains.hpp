#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/report/council_report_representativeness.hpp"
#include "core/report/council_report_results.hpp"
#include "core/survey/survey.hpp"
#include "core/weighting/weighting.hpp"

namespace mienskip {

/// A group's weighted mean for one scenario, marked when the group gave it clearly more or fewer
/// points than the other respondents (differs_from_rest in core/weighting/domain_estimates.hpp).
struct DomainCell {
  std::string mean;  // one decimal
  bool above = false;
  bool below = false;
};

/// A group's row of the results per domain.
struct DomainRow {
  std::string label;        // the answer, "Sneek"; empty for the row of all respondents
  std::string respondents;  // "95"
  bool notable = false;     // took part noticeably more or less than its share (bold)
  // Its shares when the domain is a weighting variable; empty cells for an answer the margins lack.
  std::optional<ShareCells> shares;
  bool too_few = false;            // fewer answers than the minimum: no means ("te weinig antwoorden")
  std::vector<DomainCell> means;  // per scenario
};

/// "Resultaten per antwoord op ‘...’": the weighted means per group of the domain question, where
/// a group has enough answers, next to its shares when the question is a weighting variable.
struct ReportDomains {
  std::string variable;       // the domain question's name
  bool with_shares = false;   // a weighting variable: its shares stand here, not under Representativiteit
  std::string minimum;        // the smallest effective sample size a group is reported with: "50"
  std::string widest_margin;  // the largest half-width of a reported group's 95% interval, "12,3"; empty: none
  bool tested = false;                   // two groups or more reported: whether they differ was tested
  std::vector<ScenarioMention> differ;   // the scenarios on which the groups reported differ (Wald, 5%)
  bool marked = false;                   // some group is marked above or below the rest
  // Groups reported x scenarios, "48", when there are 20 or more: then about one in twenty would
  // seem to differ by chance alone if nothing guarded them, and the report says so. Empty: fewer.
  std::string many_comparisons;
  std::vector<std::string> column_widths;  // percents of the table's width, "45.0": long labels wrap
  std::string scenarios;                   // how many mean columns there are: "6"
  DomainRow all;                           // every respondent the weighting used
  std::vector<DomainRow> rows;             // every answer of the question, in its order, also those nobody gave
};

/// The results per domain; none when `result` is not broken down.
std::optional<ReportDomains> report_domains(const Survey& survey, const WeighingResult& result,
                                            const WeightingLabels& labels, Language language);

}  // namespace mienskip
