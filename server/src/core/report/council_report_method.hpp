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
  };
  std::optional<Bounds> bounds;  // none: plain raking
  // Without bounds: the smallest and largest weight as multiples of the mean, one decimal.
  std::string lightest, heaviest;
};

ReportMethod report_method(const Survey& survey, const WeighingResult& result, const CouncilReportFacts& facts,
                           const WeightingLabels& labels);

/// "Respons": how many answered and when, and how many of them the weighting could not use.
struct ReportResponse {
  std::string responses;  // every stored response: "160"
  ReportPeriod period;
  bool all_counted = true;  // every response answered the weighting variables
  std::string dropped;      // the responses left out: "2" (when not all counted)
  bool one_dropped = false;
  std::string counted;  // the responses the weighted results are based on: "158"
};

ReportResponse report_response(const WeighingResult& result, const CouncilReportFacts& facts);

}  // namespace mienskip
