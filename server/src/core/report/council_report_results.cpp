#include "core/report/council_report_results.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/report/number_text.hpp"

namespace mienskip {

namespace {

// A chart's box; its height leaves room for the bar (4 to 14) and the interval's ends (5 to 13).
constexpr double chart_width = 150, chart_height = 18, chart_pad = 2;

std::string mean_text(double value, Language language) { return format_number(value, 1, language); }

ShareText share_text(const ShareEstimate& e, Language language) {
  const auto whole = [language](double share) { return format_number(100 * share, 0, language); };
  return {whole(e.share) + "%", whole(e.ci95_low), whole(e.ci95_high)};
}

std::string rank_text(const RankSet& rank) {
  if (rank.best == rank.worst) return std::to_string(rank.best);
  return std::to_string(rank.best) + "–" + std::to_string(rank.worst);
}

// The scenarios, other than `except`, whose rank set holds `rank`, highest mean first.
std::vector<ScenarioMention> also_at(const Survey& survey, const WeighingResult& result,
                                     const std::vector<std::size_t>& by_mean, std::size_t except, int rank,
                                     Language language) {
  std::vector<ScenarioMention> mentions;
  for (const std::size_t s : by_mean) {
    const RankSet set = rank_set(result.estimates, s);
    if (s != except && set.best <= rank && rank <= set.worst) mentions.push_back(scenario_mention(survey, result, s, language));
  }
  return mentions;
}

}  // namespace

ScenarioMention scenario_mention(const Survey& survey, const WeighingResult& result, std::size_t s, Language language) {
  const auto& e = result.estimates.scenarios[s];
  return {static_cast<int>(s + 1), scenario_title(survey, e.scenario, language), mean_text(e.weighted_mean, language)};
}

std::string scenario_title(const Survey& survey, const std::string& id, Language language) {
  const Scenario* scenario = survey.scenario(id);
  if (!scenario) return id;
  // A language the survey has no title in: the Dutch one, which every survey has.
  const std::string& title = scenario->title.in(language).empty() ? scenario->title.nl : scenario->title.in(language);
  return title.empty() ? id : title;
}

RankSet rank_set(const Estimates& estimates, std::size_t s) {
  const auto& ranks = estimates.ranking.ranks;
  if (ranks.size() == estimates.scenarios.size()) return ranks[s];
  return {1, static_cast<int>(estimates.scenarios.size())};
}

std::string p_value_text(double p, Language language) {
  // A no-break space: "p < 0,001" never breaks between the sign and the number.
  if (p < 0.001) return "<\u00A0" + format_number(0.001, 3, language);
  return "=\u00A0" + format_number(p, p < 0.1 ? 3 : 2, language);
}

std::optional<ReportSummary> report_summary(const Survey& survey, const WeighingResult& result, Language language) {
  const auto& scenarios = result.estimates.scenarios;
  if (scenarios.empty()) return std::nullopt;
  std::vector<std::size_t> order(scenarios.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return scenarios[a].weighted_mean > scenarios[b].weighted_mean;
  });
  ReportSummary summary;
  summary.most = scenario_mention(survey, result, order.front(), language);
  summary.also_first = also_at(survey, result, order, order.front(), 1, language);
  if (order.size() > 2) {
    summary.least = scenario_mention(survey, result, order.back(), language);
    summary.also_last = also_at(survey, result, order, order.back(), static_cast<int>(order.size()), language);
  }
  const auto& test = result.estimates.ranking.equal_means;
  summary.means_differ = test.degrees_of_freedom > 0 && test.p_value < 0.05;
  summary.p_value = p_value_text(test.p_value, language);
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

ReportResults report_results(const Survey& survey, const WeighingResult& result, Language language) {
  const double axis_max = mean_axis_max(survey, result);
  ReportResults results;
  results.axis_max = format_number(axis_max, 0, language);
  results.view_box = "0 0 " + format_coordinate(chart_width) + " " + format_coordinate(chart_height);
  const auto& scenarios = result.estimates.scenarios;
  const auto& shares = result.estimates.shares;
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const auto& e = scenarios[s];
    ScenarioResultRow row;
    row.number = static_cast<int>(s + 1);
    row.title = scenario_title(survey, e.scenario, language);
    row.weighted_mean = mean_text(e.weighted_mean, language);
    row.ci95_low = mean_text(e.ci95_low, language);
    row.ci95_high = mean_text(e.ci95_high, language);
    row.unweighted_mean = mean_text(e.unweighted_mean, language);
    row.rank = rank_text(rank_set(result.estimates, s));
    if (s < shares.size()) {
      row.none = share_text(shares[s].none, language);
      row.half = share_text(shares[s].half, language);
      row.first = share_text(shares[s].first, language);
    }
    row.chart = chart_geometry(e, axis_max);
    results.rows.push_back(std::move(row));
  }
  return results;
}

}  // namespace mienskip
