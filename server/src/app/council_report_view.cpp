#include "app/council_report_view.hpp"

#include <nlohmann/json.hpp>

#include "app/templates/page_template.hpp"

namespace mienskip::app {

namespace {

using nlohmann::json;

json text_or_false(const std::string& text) { return text.empty() ? json(false) : json(text); }

json period_data(const ReportPeriod& period) {
  if (!period.known) return false;
  return {{"one_day", period.one_day}, {"from", period.from}, {"to", period.to}};
}

json mention_data(const ScenarioMention& mention) {
  return {{"number", mention.number}, {"title", mention.title}, {"mean", mention.mean}};
}

// "scenario 1 ‘a’ (40,1 punten), scenario 2 ‘b’ (38,0 punten) en ...": each knows what goes
// before it; `one` picks "kan" or "kunnen".
json mention_list(const std::vector<ScenarioMention>& mentions) {
  if (mentions.empty()) return false;
  json list = json::array();
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    json item = mention_data(mentions[i]);
    item["comma"] = i > 0 && i + 1 < mentions.size();
    item["and"] = i > 0 && i + 1 == mentions.size();
    list.push_back(item);
  }
  return {{"items", list}, {"one", mentions.size() == 1}};
}

json summary_data(const std::optional<ReportSummary>& summary) {
  if (!summary) return false;
  return {{"most", mention_data(summary->most)},
          {"also_first", mention_list(summary->also_first)},
          {"least", summary->least ? mention_data(*summary->least) : json(false)},
          {"also_last", mention_list(summary->also_last)},
          {"means_differ", summary->means_differ},
          {"p_value", summary->p_value}};
}

json share_data(const std::optional<ShareText>& share) {
  if (!share) return false;
  return {{"share", share->share}, {"low", share->low}, {"high", share->high}};
}

json results_data(const ReportResults& results) {
  json rows = json::array();
  bool with_shares = false;
  for (const auto& row : results.rows) {
    rows.push_back({{"number", row.number},
                    {"title", row.title},
                    {"weighted_mean", row.weighted_mean},
                    {"ci95_low", row.ci95_low},
                    {"ci95_high", row.ci95_high},
                    {"unweighted_mean", row.unweighted_mean},
                    {"rank", row.rank},
                    {"none", share_data(row.none)},
                    {"half", share_data(row.half)},
                    {"first", share_data(row.first)},
                    {"chart",
                     {{"zero", row.chart.zero},
                      {"bar_width", row.chart.bar_width},
                      {"low", row.chart.low},
                      {"high", row.chart.high}}}});
  }
  for (const auto& row : results.rows) with_shares = with_shares || row.none.has_value();
  return {{"axis_max", results.axis_max}, {"view_box", results.view_box}, {"rows", rows}, {"with_shares", with_shares}};
}

// "‘a’, ‘b’ en ‘c’": each name knows whether a comma or "en" goes before it.
json name_list(const std::vector<std::string>& names) {
  json list = json::array();
  const std::size_t count = names.size();
  for (std::size_t i = 0; i < count; ++i) {
    list.push_back({{"name", names[i]}, {"comma", i > 0 && i + 1 < count}, {"and", i > 0 && i + 1 == count}});
  }
  return list;
}

json method_data(const ReportMethod& method) {
  const json variables = name_list(method.variables);
  json bounds = false;
  if (method.bounds) {
    bounds = {{"lower", method.bounds->lower},
              {"upper", method.bounds->upper},
              {"at_bound", text_or_false(method.bounds->at_bound)},
              {"max_change", method.bounds->max_change}};
  }
  return {{"invitation_codes", method.invitation_codes},
          {"scenarios", method.scenarios},
          {"variables", variables},
          {"bounds", bounds},
          {"lightest", method.lightest},
          {"heaviest", method.heaviest},
          {"margins_stated", !(method.margins_source.empty() && method.margins_date.empty() && method.margins_population.empty())},
          {"margins_source", text_or_false(method.margins_source)},
          {"margins_date", text_or_false(method.margins_date)},
          {"margins_population", text_or_false(method.margins_population)},
          {"rescaled", text_or_false(method.rescaled)},
          {"rescaled_to", method.rescaled_to}};
}

json response_data(const ReportResponse& response) {
  std::vector<std::string> questions;
  for (const auto& skipped : response.skipped) questions.push_back(skipped.question);
  json skipped = name_list(questions);
  for (std::size_t i = 0; i < response.skipped.size(); ++i) skipped[i]["count"] = response.skipped[i].count;
  return {{"responses", response.responses},     {"period", period_data(response.period)},
          {"kept", text_or_false(response.kept)}, {"one_kept", response.one_kept}, {"skipped", skipped},
          {"all_counted", response.all_counted}, {"dropped", response.dropped},
          {"one_dropped", response.one_dropped}, {"counted", response.counted},
          {"invited", text_or_false(response.invited)}, {"response_rate", response.response_rate},
          {"propensity_cv", text_or_false(response.propensity_cv)}, {"r_indicator", text_or_false(response.r_indicator)},
          {"propensity_over_one", response.propensity_over_one},
          {"r_interval", response.r_low.empty() ? json(false) : json{{"low", response.r_low}, {"high", response.r_high}}}};
}

json shares_data(const std::optional<ShareCells>& shares) {
  if (!shares) return false;
  return {{"sample", shares->sample}, {"population", shares->population}, {"weighted", shares->weighted}};
}

json representativeness_data(const ReportRepresentativeness& r) {
  json groups = json::array();
  for (const auto& group : r.groups) {
    json rows = json::array();
    for (const auto& row : group.rows) {
      rows.push_back({{"label", row.label},
                      {"notable", row.notable},
                      {"respondents", row.respondents},
                      {"shares", shares_data(row.shares)}});
    }
    groups.push_back({{"name", group.name}, {"rows", rows}});
  }
  return {{"sentences", r.sentences},
          {"groups", groups},
          {"noticeable_points", r.noticeable_points},
          {"noticeable_standardised", r.noticeable_standardised},
          {"in_domain_table", text_or_false(r.in_domain_table)}};
}

json domain_row_data(const DomainRow& row) {
  json cells = json::array();
  for (const auto& cell : row.means) cells.push_back({{"mean", cell.mean}, {"above", cell.above}, {"below", cell.below}});
  return {{"label", row.label},     {"respondents", row.respondents},
          {"notable", row.notable}, {"shares", shares_data(row.shares)},
          {"too_few", row.too_few}, {"means", cells}};
}

json domains_data(const std::optional<ReportDomains>& domains) {
  if (!domains) return false;
  json rows = json::array();
  for (const auto& row : domains->rows) rows.push_back(domain_row_data(row));
  return {{"variable", domains->variable},
          {"with_shares", domains->with_shares},
          {"minimum", domains->minimum},
          {"widest_margin", text_or_false(domains->widest_margin)},
          {"tested", domains->tested},
          {"differ", mention_list(domains->differ)},
          {"marked", domains->marked},
          {"many_comparisons", text_or_false(domains->many_comparisons)},
          {"column_widths", domains->column_widths},
          {"scenarios", domains->scenarios},
          {"all", domain_row_data(domains->all)},
          {"rows", rows}};
}

json holdout_data(const std::optional<ReportHoldout>& holdout) {
  if (!holdout) return false;
  json rows = json::array();
  for (std::size_t i = 0; i < holdout->rows.size(); ++i) {
    const auto& row = holdout->rows[i];
    rows.push_back({{"name", row.name}, {"before", row.before}, {"after", row.after}, {"comma", i > 0}});
  }
  const json not_halved = holdout->not_halved.empty() ? json(false) : json{{"items", name_list(holdout->not_halved)}};
  return {{"rows", rows}, {"not_halved", not_halved}};
}

}  // namespace

json council_report_data(const CouncilReport& report) {
  return {{"title", report.title},
          {"municipality", text_or_false(report.municipality)},
          {"generated_at", text_or_false(report.generated_at)},
          {"budget", report.budget},
          {"audit_head", text_or_false(report.audit_head)},
          {"software", text_or_false(report.software)},
          {"responses_sha256", text_or_false(report.responses_sha256)},
          {"summary", summary_data(report.summary)},
          {"results", results_data(report.results)},
          {"method", method_data(report.method)},
          {"response", response_data(report.response)},
          {"representativeness", representativeness_data(report.representativeness)},
          {"domains", domains_data(report.domains)},
          {"holdout", holdout_data(report.holdout)}};
}

std::string council_report_html(const CouncilReport& report) {
  // Dutch is the base of every template; Frisian and English replace those that hold words.
  const std::string variant = report.language == Language::nl ? "" : std::string(language_code(report.language));
  return render_page_template("council_report", council_report_data(report), variant);
}

}  // namespace mienskip::app
