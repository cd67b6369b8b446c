#include "core/report/council_report.hpp"

#include <cstdio>

#include "core/base/netherlands_time.hpp"

namespace mienskip {

CouncilReport council_report(const Survey& survey, const WeighingResult& result, const CouncilReportFacts& facts) {
  const WeightingLabels labels = weighting_labels(survey);
  CouncilReport report;
  report.title = survey.title.nl;
  report.municipality = facts.municipality;
  if (!facts.generated_at.empty()) report.generated_at = dutch_date_time_text(dutch_time(facts.generated_at));
  report.budget = std::to_string(survey.budget);
  report.audit_head = facts.audit_head;
  report.software = facts.software;
  report.responses_sha256 = facts.responses_sha256;
  report.summary = report_summary(survey, result);
  report.results = report_results(survey, result);
  report.method = report_method(survey, result, facts, labels);
  report.response = report_response(result, facts);
  report.representativeness = report_representativeness(result, labels);
  report.domains = report_domains(survey, result, labels);
  report.holdout = report_holdout(result, labels);
  return report;
}

std::string council_report_domain(const Survey& survey) { return survey.question("area") ? "area" : ""; }

std::string council_report_file_name(const std::string& slug, const std::string& generated_at) {
  const auto day = dutch_time(generated_at);
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", day.year, day.month, day.day);
  return "raadsrapport-" + slug + "-" + date;
}

}  // namespace mienskip
