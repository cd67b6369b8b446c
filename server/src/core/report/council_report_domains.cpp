#include "core/report/council_report_domains.hpp"

#include <algorithm>
#include <numeric>

#include "core/report/number_text.hpp"

namespace mienskip {

namespace {

// Every option of the question, in the question's order, also those nobody chose; then any
// group the estimates have that the question does not.
std::vector<std::string> group_order(const Survey& survey, const WeighingResult& result) {
  std::vector<std::string> order;
  if (const auto* question = survey.question(result.sample.by)) {
    for (const auto& option : question->options) order.push_back(option.id);
  }
  for (const auto& d : result.estimates.domains) {
    if (std::find(order.begin(), order.end(), d.domain) == order.end()) order.push_back(d.domain);
  }
  return order;
}

// The half-width of the widest 95% interval of a group that is reported; 0 when none is.
double widest_margin(const Estimates& estimates) {
  double widest = 0;
  for (const auto& d : estimates.domains) {
    if (d.suppressed) continue;
    for (std::size_t j = 0; j < d.ci95_high.size(); ++j) widest = std::max(widest, d.ci95_high[j] - d.weighted_mean[j]);
  }
  return widest;
}

// The group column, the count, three share columns when there are shares, the rest split over
// the scenarios.
std::vector<std::string> column_widths(bool with_shares, std::size_t scenarios) {
  std::vector<double> widths = {with_shares ? 45.0 : 50.0, 6};
  if (with_shares) widths.insert(widths.end(), 3, 7.0);
  const double left = 100 - std::accumulate(widths.begin(), widths.end(), 0.0);
  for (std::size_t s = 0; s < scenarios; ++s) widths.push_back(left / static_cast<double>(scenarios));
  std::vector<std::string> out;
  for (double width : widths) out.push_back(format_coordinate(width));
  return out;
}

DomainRow all_row(const WeighingResult& result, bool with_shares, Language language) {
  DomainRow all;
  all.respondents = format_count(static_cast<long long>(result.sample.ids.size()), language);
  const std::string whole = format_percent(1.0, 1, language);
  if (with_shares) all.shares = ShareCells{whole, whole, whole};
  for (const auto& e : result.estimates.scenarios) all.means.push_back({format_number(e.weighted_mean, 1, language)});
  return all;
}

DomainRow group_row(const WeighingResult& result, const VariableComparison* comparison, const std::string& category,
                    const WeightingLabels& labels, Language language) {
  const auto& domains = result.estimates.domains;
  const auto found =
      std::find_if(domains.begin(), domains.end(), [&](const DomainEstimate& d) { return d.domain == category; });
  DomainRow row;
  row.label = labels.category_label(result.sample.by, category, language);
  row.respondents = format_count(found == domains.end() ? 0 : found->respondents, language);
  if (comparison) {
    row.shares = ShareCells{};
    for (const auto& c : comparison->categories) {
      if (c.category != category) continue;
      row.shares = share_cells(c, language);
      row.notable = noticeably_different(c);
    }
  }
  row.too_few = found == domains.end() || found->suppressed;
  if (row.too_few) return row;
  const auto& differ = result.estimates.domains_differ;
  for (std::size_t s = 0; s < found->weighted_mean.size(); ++s) {
    DomainCell cell{format_number(found->weighted_mean[s], 1, language)};
    if (s < differ.size() && s < found->versus_rest.size()) {
      const int mark = differs_from_rest(differ[s], found->versus_rest[s]);
      cell.above = mark > 0;
      cell.below = mark < 0;
    }
    row.means.push_back(cell);
  }
  return row;
}

// Which scenarios the groups differ on, and how many comparisons with the rest the table holds.
void add_tests(ReportDomains& out, const Survey& survey, const WeighingResult& result, Language language) {
  const auto& differ = result.estimates.domains_differ;
  out.tested = !differ.empty();
  for (std::size_t s = 0; s < differ.size(); ++s) {
    if (differ[s].degrees_of_freedom > 0 && differ[s].p_value < 0.05) out.differ.push_back(scenario_mention(survey, result, s, language));
  }
  long shown = 0;
  for (const auto& d : result.estimates.domains) shown += d.suppressed ? 0 : 1;
  const long comparisons = shown * static_cast<long>(result.estimates.scenarios.size());
  if (comparisons >= 20) out.many_comparisons = format_count(comparisons, language);
  for (const auto& row : out.rows) {
    for (const auto& cell : row.means) out.marked = out.marked || cell.above || cell.below;
  }
}

}  // namespace

std::optional<ReportDomains> report_domains(const Survey& survey, const WeighingResult& result,
                                            const WeightingLabels& labels, Language language) {
  const auto& by = result.sample.by;
  if (by.empty()) return std::nullopt;
  const VariableComparison* comparison = domain_comparison(result);
  const std::size_t scenarios = result.estimates.scenarios.size();
  ReportDomains out;
  out.variable = labels.variable_name(by, language);
  out.with_shares = comparison != nullptr;
  out.minimum = format_count(result.options.min_domain_ess, language);
  if (const double widest = widest_margin(result.estimates); widest > 0) {
    out.widest_margin = format_number(widest, 1, language);
  }
  out.column_widths = column_widths(out.with_shares, scenarios);
  out.scenarios = std::to_string(scenarios);
  out.all = all_row(result, out.with_shares, language);
  for (const auto& category : group_order(survey, result)) {
    out.rows.push_back(group_row(result, comparison, category, labels, language));
  }
  add_tests(out, survey, result, language);
  return out;
}

}  // namespace mienskip
