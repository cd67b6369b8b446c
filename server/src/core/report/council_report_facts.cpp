#include "core/report/council_report_facts.hpp"

#include "core/report/number_text.hpp"

#include "core/base/netherlands_time.hpp"

namespace mienskip {

CouncilReportFacts council_report_facts(const std::vector<ExportedResponse>& responses, bool invitation_codes,
                                        const std::string& generated_at) {
  CouncilReportFacts facts;
  facts.invitation_codes = invitation_codes;
  facts.responses = static_cast<long>(responses.size());
  facts.generated_at = generated_at;
  for (const auto& r : responses) {
    // ISO 8601 in UTC sorts as text.
    if (facts.first_response.empty() || r.submitted_at < facts.first_response) facts.first_response = r.submitted_at;
    if (facts.last_response.empty() || r.submitted_at > facts.last_response) facts.last_response = r.submitted_at;
  }
  return facts;
}

ReportPeriod report_period(const CouncilReportFacts& facts, Language language) {
  ReportPeriod period;
  if (facts.first_response.empty()) return period;
  const auto first = dutch_time(facts.first_response);
  const auto last = dutch_time(facts.last_response);
  period.known = true;
  period.one_day = first.year == last.year && first.month == last.month && first.day == last.day;
  period.from = date_text(first, language);
  if (first.year == last.year) period.from = period.from.substr(0, period.from.rfind(' '));
  period.to = date_text(last, language);
  return period;
}

}  // namespace mienskip
