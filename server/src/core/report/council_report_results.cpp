#include "core/report/council_report_results.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/report/number_text.hpp"

namespace mienskip {

namespace {

// A chart's box; its height leaves room for the bar (4 to 14) and the interval's ends (5 to 13).
constexpr double chart_width = 150, chart_height = 18, chart_pad = 2;

std::string mean_text(double value) { return format_number(value, 1, Language::nl); }

ScenarioMention mention(const Survey& survey, const WeighingResult& result, std::size_t s) {
  const auto& e = result.estimates.scenarios[s];
  return {static_cast<int>(s + 1), scenario_title(survey, e.scenario), mean_text(e.weighted_mean)};
}

// The pair as the estimates give it (a before b in scenario order): whether its 95% interval
// leaves out 0.
std::optional<bool> difference_clear(const Estimates& estimates, std::size_t one, std::size_t other) {
  const auto& a = estimates.scenarios[one].scenario;
  const auto& b = estimates.scenarios[other].scenario;
  const auto& pairs = estimates.pairwise;
  const auto pair = std::find_if(pairs.begin(), pairs.end(), [&](const ScenarioDifference& d) {
    return (d.a == a && d.b == b) || (d.a == b && d.b == a);
  });
  if (pair == pairs.end()) return std::nullopt;
  return pair->ci95_low > 0 || pair->ci95_high < 0;
}

}  // namespace

std::string scenario_title(const Survey& survey, const std::string& id) {
  const Scenario* scenario = survey.scenario(id);
  return scenario && !scenario->title.nl.empty() ? scenario->title.nl : id;
}

std::optional<ReportSummary> report_summary(const Survey& survey, const WeighingResult& result) {
  const auto& scenarios = result.estimates.scenarios;
  if (scenarios.empty()) return std::nullopt;
  std::vector<std::size_t> order(scenarios.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return scenarios[a].weighted_mean > scenarios[b].weighted_mean;
  });
  ReportSummary summary;
  summary.most = mention(survey, result, order.front());
  if (order.size() > 1) {
    summary.next = mention(survey, result, order[1]);
    summary.difference_clear = difference_clear(result.estimates, order.front(), order[1]);
  }
  if (order.size() > 2) summary.least = mention(survey, result, order.back());
  return summary;
}

double mean_axis_max(const Survey& survey, const WeighingResult& result) {
  double top = 0;
  for (const auto& e : result.estimates.scenarios) top = std::max(top, e.ci95_high);
  return std::clamp(10 * std::ceil(top / 10), 10.0, std::max(10.0, static_cast<double>(survey.budget)));
}

ChartGeometry chart_geometry(const ScenarioEstimate& estimate, double axis_max) {
  const auto x = [&](double value) {
    return chart_pad + std::clamp(value, 0.0, axis_max) / axis_max * (chart_width - 2 * chart_pad);
  };
  return {format_coordinate(x(0)), format_coordinate(x(estimate.weighted_mean) - x(0)),
          format_coordinate(x(estimate.ci95_low)), format_coordinate(x(estimate.ci95_high))};
}

ReportResults report_results(const Survey& survey, const WeighingResult& result) {
  const double axis_max = mean_axis_max(survey, result);
  ReportResults results;
  results.axis_max = format_number(axis_max, 0, Language::nl);
  results.view_box = "0 0 " + format_coordinate(chart_width) + " " + format_coordinate(chart_height);
  const auto& scenarios = result.estimates.scenarios;
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const auto& e = scenarios[s];
    results.rows.push_back({static_cast<int>(s + 1), scenario_title(survey, e.scenario), mean_text(e.weighted_mean),
                            mean_text(e.ci95_low), mean_text(e.ci95_high), mean_text(e.unweighted_mean),
                            format_percent(e.share_any_weighted, 0, Language::nl), chart_geometry(e, axis_max)});
  }
  return results;
}

}  // namespace mienskip
