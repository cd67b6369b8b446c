#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/report/council_report_facts.hpp"
#include "core/report/representativeness_words.hpp"
#include "core/survey/survey.hpp"
#include "core/weighting/weighting.hpp"

namespace mienskip {

/// "Methode": who could answer, what they did, and how the answers were weighted.
struct ReportMethod {
  bool invitation_codes = true;        // only residents with a personal code could answer
  std::string scenarios;               // how many there were to divide the points over: "6"
  std::vector<std::string> variables;  // the weighting variables' names, in the margins' order
  struct Bounds {
    std::string lower, upper;  // multiples of the mean weight, two decimals: "0,10", "3,00"
    std::string at_bound;      // the share of responses whose weight sits at either bound: "12,4%"
    std::string max_change;    // the largest change of a mean against unbounded raking, points: "0,4"
  };
  std::optional<Bounds> bounds;  // none: plain raking
  // Without bounds: the smallest and largest weight as multiples of the mean, one decimal.
  std::string lightest, heaviest;
  // Where the population figures come from, as stated with the margins: the source, the reference
  // date in Dutch ("1 januari 2026") and the population covered; all empty: not stated.
  std::string margins_source, margins_date, margins_population;
  // Population counts whose totals differ by more than noticeable_margin_discrepancy between the
  // weighting variables were rescaled to the first one's: the largest difference ("1,2%") and the
  // name of that variable; both empty when they agree.
  std::string rescaled, rescaled_to;
};

ReportMethod report_method(const Survey& survey, const WeighingResult& result, const CouncilReportFacts& facts,
                           const WeightingLabels& labels, Language language);

/// "Respons": how many answered and when, and how many of them the weighting could not use.
struct ReportResponse {
  std::string responses;  // every stored response: "160"
  ReportPeriod period;
  bool all_counted = true;  // no response left out (MissingAnswers::drop leaves out those who skipped)
  std::string dropped;      // the responses left out: "2" (when not all counted)
  bool one_dropped = false;
  // Responses kept though they skipped a weighting question ("6"; empty: none), and per question
  // its Dutch name and how many skipped it: the report says how they were weighted.
  std::string kept;
  bool one_kept = false;
  struct Skipped {
    std::string question, count;
  };
  std::vector<Skipped> skipped;
  std::string counted;  // the responses the weighted results are based on: "158"
  // With invitation codes: how many were issued and the share of them that answered ("5.000",
  // "27,5%"); empty for an open survey or when the count is not known.
  std::string invited, response_rate;
  // How much the chance to take part varied, by the weighting variables (representativeness.hpp):
  // the coefficient of variation of the propensities ("0,31"), only with population counts, and
  // the R-indicator ("0,82"), only on the invited base, where it means something.
  std::string propensity_cv, r_indicator;
  std::string r_low, r_high;  // its approximate 95% interval (bootstrap), when there is one
  // On the invited base, but some propensity is above 1 (r_indicator_applies): no R, and why.
  bool propensity_over_one = false;
};

ReportResponse report_response(const WeighingResult& result, const CouncilReportFacts& facts,
                               const WeightingLabels& labels, Language language);

}  // namespace mienskip
