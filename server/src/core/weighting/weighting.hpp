#pragma once

#include <optional>
#include <vector>

#include "core/weighting/bounds_effect.hpp"
#include "core/weighting/estimates.hpp"
#include "core/weighting/raking.hpp"
#include "core/weighting/raking_targets.hpp"
#include "core/weighting/representativeness.hpp"
#include "core/weighting/sample.hpp"

namespace mienskip {

struct WeighingOptions {
  std::optional<WeightBounds> bounds;  // multiples of the mean weight; none: plain raking
  long min_domain_ess = 50;
  // The invitation codes issued, when residents needed one: the response propensities and the
  // R-indicator are then on the invited base (representativeness.hpp). None: an open survey.
  std::optional<long long> invited;
};

struct WeightSummary {
  double min = 0, p01 = 0, p05 = 0, q1 = 0, median = 0, q3 = 0, p95 = 0, p99 = 0, max = 0;
  double mean = 1, sd = 0, cv = 0, max_over_min = 0;
};

struct WeighingResult {
  Sample sample;
  WeighingOptions options;
  std::vector<double> weights;  // per respondent of sample.ids, mean 1 (population weight = w N / n)
  int passes = 0;
  double max_rel_margin_error = 0;
  double kish_deff = 1;
  double effective_sample_size = 0;
  WeightSummary summary;
  Estimates estimates;
  Representativeness representativeness;
  std::optional<BoundsEffect> bounds_effect;  // with bounds only
};

/// Weights the sample to the margins (raking, or bounded raking) and computes the estimates and
/// the representativeness diagnostics: the one code path behind `mienskip weigh` and the server.
WeighingResult weigh(Sample sample, const WeighingOptions& options);


}  // namespace mienskip
