#include "core/report/council_report_method.hpp"

#include "core/report/number_text.hpp"
#include "core/weighting/margins_source.hpp"

namespace mienskip {

ReportMethod report_method(const Survey& survey, const WeighingResult& result, const CouncilReportFacts& facts,
                           const WeightingLabels& labels) {
  ReportMethod method;
  method.invitation_codes = facts.invitation_codes;
  method.scenarios = std::to_string(survey.scenarios.size());
  for (const auto& m : result.sample.margins)
    method.variables.push_back(labels.variable_name(m.variable, Language::nl));
  method.margins_source = facts.margins_source.source;
  if (!facts.margins_source.reference_date.empty()) method.margins_date = reference_date_text(facts.margins_source.reference_date);
  method.margins_population = facts.margins_source.population;
  if (const auto& bounds = result.options.bounds) {
    method.bounds = ReportMethod::Bounds{format_number(bounds->lower, 2, Language::nl),
                                         format_number(bounds->upper, 2, Language::nl), "", ""};
    if (const auto& effect = result.bounds_effect) {
      method.bounds->at_bound = format_percent(effect->share_at_lower + effect->share_at_upper, 1, Language::nl);
      method.bounds->max_change = format_number(effect->max_change, 1, Language::nl);
    }
  } else {
    method.lightest = format_number(result.summary.min / result.summary.mean, 1, Language::nl);
    method.heaviest = format_number(result.summary.max / result.summary.mean, 1, Language::nl);
  }
  return method;
}

ReportResponse report_response(const WeighingResult& result, const CouncilReportFacts& facts) {
  const auto& sample = result.sample;
  ReportResponse response;
  response.responses = format_count(facts.responses, Language::nl);
  response.period = report_period(facts);
  response.all_counted = sample.dropped_ids.empty();
  response.dropped = format_count(static_cast<long long>(sample.dropped_ids.size()), Language::nl);
  response.one_dropped = sample.dropped_ids.size() == 1;
  response.counted = format_count(static_cast<long long>(sample.ids.size()), Language::nl);
  if (const auto invited = result.options.invited; invited && facts.invitation_codes && *invited > 0) {
    response.invited = format_count(*invited, Language::nl);
    response.response_rate = format_percent(static_cast<double>(facts.responses) / static_cast<double>(*invited), 1, Language::nl);
  }
  if (const auto& overall = result.representativeness.overall) {
    response.propensity_cv = format_number(overall->cv_rho, 2, Language::nl);
    if (r_indicator_applies(*overall)) response.r_indicator = format_number(overall->r_indicator, 2, Language::nl);
    response.propensity_over_one = overall->invited_base && !r_indicator_applies(*overall);
    if (r_indicator_applies(*overall) && overall->r_interval) {
      response.r_low = format_number(overall->r_interval->low, 2, Language::nl);
      response.r_high = format_number(overall->r_interval->high, 2, Language::nl);
    }
  }
  return response;
}

}  // namespace mienskip
