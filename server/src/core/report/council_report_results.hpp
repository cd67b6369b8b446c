#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/survey/survey.hpp"
#include "core/weighting/weighting.hpp"

namespace mienskip {

/// A scenario as a sentence of the report names it: "scenario 6 ‘Energieleverancier van Nederland
/// worden’", with its weighted mean ("43,2").
struct ScenarioMention {
  int number = 0;     // in the order of the survey, from 1
  std::string title;  // the Dutch title, or the id when it has none
  std::string mean;   // the weighted mean, one decimal
};

/// "In het kort": which scenario got the most points and whether it is first beyond doubt,
/// which got the fewest and whether it is last beyond doubt, and whether the scenarios differ at
/// all. "Beyond doubt" is the rank set of Estimates::ranking (all scenarios at once, 95%): the
/// report calls a scenario first only when its rank set is {1}.
struct ReportSummary {
  ScenarioMention most;                   // the highest weighted mean
  std::vector<ScenarioMention> also_first;  // the others whose rank set holds 1, highest mean first
  std::optional<ScenarioMention> least;   // the lowest, when there are three scenarios or more
  std::vector<ScenarioMention> also_last;   // the others whose rank set holds the last rank
  bool means_differ = false;  // the Wald test that all means are equal rejects at 5%
  std::string p_value;        // as written after "p", with a no-break space: "< 0,001", "= 0,031"
};

/// The summary of the weighted means; none without scenarios.
std::optional<ReportSummary> report_summary(const Survey& survey, const WeighingResult& result, Language language);

/// Where the chart of a weighted mean draws, in SVG coordinates with one decimal (a point, not a
/// comma), in the box ReportResults::view_box gives: 0 points at `zero`, the axis' maximum as far
/// from the right edge.
struct ChartGeometry {
  std::string zero;       // the axis line and the start of the bar
  std::string bar_width;  // from 0 to the weighted mean
  std::string low, high;  // the ends of the 95% interval
};

/// A weighted share of respondents and its 95% (logit) interval, as whole percentages: "31%",
/// "27", "35".
struct ShareText {
  std::string share, low, high;
};

/// A scenario's row of the results table, every figure written as shown: means one decimal, the
/// shares whole percentages.
struct ScenarioResultRow {
  int number = 0;
  std::string title;
  std::string weighted_mean, ci95_low, ci95_high, unweighted_mean;
  std::string rank;  // the ranks the data allow: "1", "2–4"
  // How the points were spread (Estimates::shares): gave it 0 points, at least half the points,
  // the most of their own points (a tie for first split); empty without shares.
  std::optional<ShareText> none, half, first;
  ChartGeometry chart;
};

/// "Resultaten": the scale of the charts and a row per scenario, in the order of the survey.
struct ReportResults {
  std::string axis_max;  // the charts' scale ends here: "50" (tens, at most the budget)
  std::string view_box;  // every chart's SVG box: "0 0 150.0 18.0"
  std::vector<ScenarioResultRow> rows;
};

ReportResults report_results(const Survey& survey, const WeighingResult& result, Language language);

/// The scale of the charts: the highest end of an interval rounded up to tens, at least 10 and at
/// most the budget (unless that is below 10).
double mean_axis_max(const Survey& survey, const WeighingResult& result);

/// Where the chart of `estimate` draws on a scale from 0 to `axis_max` (values outside it clamped).
ChartGeometry chart_geometry(const ScenarioEstimate& estimate, double axis_max);

/// The rank set of scenario `s`: from the ranking when it covers every scenario, otherwise every
/// rank (nothing told apart).
RankSet rank_set(const Estimates& estimates, std::size_t s);

/// A p-value as the report writes it after "p": "< 0,001", else "= " and three decimals below 0,1,
/// two above.
std::string p_value_text(double p, Language language);

/// The Dutch title of the scenario `id` of `survey`, or `id` when it has none.
std::string scenario_title(const Survey& survey, const std::string& id, Language language);

/// Scenario `s` (its index in the estimates) as a sentence names it.
ScenarioMention scenario_mention(const Survey& survey, const WeighingResult& result, std::size_t s, Language language);

}  // namespace mienskip
