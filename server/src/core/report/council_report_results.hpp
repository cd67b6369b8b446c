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

/// "In het kort": the scenario with the most points, the one after it and whether the difference
/// between the two is larger than the uncertainty, and the one with the fewest.
struct ReportSummary {
  ScenarioMention most;
  std::optional<ScenarioMention> next;  // when there are two scenarios or more
  // Whether the 95% interval of the difference between `most` and `next` leaves out 0; none when
  // the estimates have no such pair.
  std::optional<bool> difference_clear;
  std::optional<ScenarioMention> least;  // when there are three scenarios or more
};

/// The summary of the weighted means; none without scenarios.
std::optional<ReportSummary> report_summary(const Survey& survey, const WeighingResult& result);

/// Where the chart of a weighted mean draws, in SVG coordinates with one decimal (a point, not a
/// comma), in the box ReportResults::view_box gives: 0 points at `zero`, the axis' maximum as far
/// from the right edge.
struct ChartGeometry {
  std::string zero;       // the axis line and the start of the bar
  std::string bar_width;  // from 0 to the weighted mean
  std::string low, high;  // the ends of the 95% interval
};

/// A scenario's row of the results table, every figure written as shown: means one decimal, the
/// share that gave it points a whole percentage.
struct ScenarioResultRow {
  int number = 0;
  std::string title;
  std::string weighted_mean, ci95_low, ci95_high, unweighted_mean;
  std::string share_any;  // gave it more than 0 points (weighted)
  ChartGeometry chart;
};

/// "Resultaten": the scale of the charts and a row per scenario, in the order of the survey.
struct ReportResults {
  std::string axis_max;  // the charts' scale ends here: "50" (tens, at most the budget)
  std::string view_box;  // every chart's SVG box: "0 0 150.0 18.0"
  std::vector<ScenarioResultRow> rows;
};

ReportResults report_results(const Survey& survey, const WeighingResult& result);

/// The scale of the charts: the highest end of an interval rounded up to tens, at least 10 and at
/// most the budget (unless that is below 10).
double mean_axis_max(const Survey& survey, const WeighingResult& result);

/// Where the chart of `estimate` draws on a scale from 0 to `axis_max` (values outside it clamped).
ChartGeometry chart_geometry(const ScenarioEstimate& estimate, double axis_max);

/// The Dutch title of the scenario `id` of `survey`, or `id` when it has none.
std::string scenario_title(const Survey& survey, const std::string& id);

}  // namespace mienskip
