#include "core/report/council_report_method.hpp"

#include "core/report/number_text.hpp"
#include "core/weighting/margins_source.hpp"

namespace mienskip {

ReportMethod report_method(const Survey& survey, const WeighingResult& result, const CouncilReportFacts& facts,
                           const WeightingLabels& labels, Language language) {
  ReportMethod method;
  method.invitation_codes = facts.invitation_codes;
  method.scenarios = std::to_string(survey.scenarios.size());
  for (const auto& m : result.sample.margins)
    method.variables.push_back(labels.variable_name(m.variable, language));
  method.margins_source = facts.margins_source.source;
  if (const auto& date = facts.margins_source.reference_date; !date.empty()) {
    const auto day = reference_day(date);
    method.margins_date = day ? date_text(*day, language) : date;
  }
  method.margins_population = facts.margins_source.population;
  const auto& sample = result.sample;
  if (sample.population_total && sample.margin_total_max_rel_discrepancy > noticeable_margin_discrepancy) {
    method.rescaled = format_percent(sample.margin_total_max_rel_discrepancy, 1, language);
    method.rescaled_to = labels.variable_name(sample.margins.front().variable, language);
  }
  if (const auto& bounds = result.options.bounds) {
    method.bounds = ReportMethod::Bounds{format_number(bounds->lower, 2, language),
                                         format_number(bounds->upper, 2, language), "", ""};
    if (const auto& effect = result.bounds_effect) {
      method.bounds->at_bound = format_percent(effect->share_at_lower + effect->share_at_upper, 1, language);
      method.bounds->max_change = format_number(effect->max_change, 1, language);
    }
  } else {
    method.lightest = format_number(result.summary.min / result.summary.mean, 1, language);
    method.heaviest = format_number(result.summary.max / result.summary.mean, 1, language);
  }
  return method;
}

ReportResponse report_response(const WeighingResult& result, const CouncilReportFacts& facts,
                               const WeightingLabels& labels, Language language) {
  const auto& sample = result.sample;
  ReportResponse response;
  response.responses = format_count(facts.responses, language);
  response.period = report_period(facts, language);
  response.all_counted = sample.dropped_ids.empty();
  response.dropped = format_count(static_cast<long long>(sample.dropped_ids.size()), language);
  response.one_dropped = sample.dropped_ids.size() == 1;
  response.counted = format_count(static_cast<long long>(sample.ids.size()), language);
  if (sample.kept_with_missing > 0) {
    response.kept = format_count(sample.kept_with_missing, language);
    response.one_kept = sample.kept_with_missing == 1;
    for (std::size_t v = 0; v < sample.margins.size(); ++v) {
      if (sample.skipped[v] == 0) continue;
      response.skipped.push_back({labels.variable_name(sample.margins[v].variable, language),
                                  format_count(sample.skipped[v], language)});
    }
  }
  if (const auto invited = result.options.invited; invited && facts.invitation_codes && *invited > 0) {
    response.invited = format_count(*invited, language);
    response.response_rate = format_percent(static_cast<double>(facts.responses) / static_cast<double>(*invited), 1, language);
  }
  if (const auto& overall = result.representativeness.overall) {
    response.propensity_cv = format_number(overall->cv_rho, 2, language);
    if (r_indicator_applies(*overall)) response.r_indicator = format_number(overall->r_indicator, 2, language);
    response.propensity_over_one = overall->invited_base && !r_indicator_applies(*overall);
    if (r_indicator_applies(*overall) && overall->r_interval) {
      response.r_low = format_number(overall->r_interval->low, 2, language);
      response.r_high = format_number(overall->r_interval->high, 2, language);
    }
  }
  return response;
}

}  // namespace mienskip
