#include "core/report/council_report.hpp"

#include <cstdio>

#include "core/base/error.hpp"
#include "core/base/netherlands_time.hpp"
#include "core/report/number_text.hpp"

namespace mienskip {

CouncilReport council_report(const Survey& survey, const WeighingResult& result, const CouncilReportFacts& facts,
                             Language language) {
  const WeightingLabels labels = weighting_labels(survey);
  CouncilReport report;
  report.language = language;
  report.title = survey.title.in(language).empty() ? survey.title.nl : survey.title.in(language);
  report.municipality = facts.municipality;
  if (!facts.generated_at.empty()) report.generated_at = date_time_text(dutch_time(facts.generated_at), language);
  report.budget = std::to_string(survey.budget);
  report.audit_head = facts.audit_head;
  report.software = facts.software;
  report.responses_sha256 = facts.responses_sha256;
  report.summary = report_summary(survey, result, language);
  report.results = report_results(survey, result, language);
  report.method = report_method(survey, result, facts, labels, language);
  report.response = report_response(result, facts, labels, language);
  report.representativeness = report_representativeness(result, labels, language);
  report.domains = report_domains(survey, result, labels, language);
  report.holdout = report_holdout(result, labels, language);
  return report;
}

std::string council_report_domain(const Survey& survey) { return survey.question("area") ? "area" : ""; }

std::string council_report_file_name(const std::string& slug, const std::string& generated_at, Language language) {
  const auto day = dutch_time(generated_at);
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", day.year, day.month, day.day);
  const char* name = language == Language::fy ? "riedsrapport-" : language == Language::en ? "council-report-" : "raadsrapport-";
  return name + slug + "-" + date;
}

Language council_report_language(const std::optional<std::string>& code) {
  if (!code) return Language::nl;
  if (const auto language = parse_language(*code)) return *language;
  // The value is not repeated: it came from outside, and the three that work are named.
  throw Error(error_codes::invalid_option, "language: the report is written in nl, fy or en");
}

}  // namespace mienskip
