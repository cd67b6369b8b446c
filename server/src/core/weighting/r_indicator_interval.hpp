#pragma once

#include <optional>

#include "core/weighting/sample.hpp"

namespace mienskip {

/// An approximate 95% interval for the R-indicator on the invited base: the respondents resampled
/// with replacement `replicates` times, each resample raked again (unbounded) and its R-indicator
/// computed as for the whole (representativeness.hpp), the interval the 2.5% and 97.5% quantiles
/// of those values (R's type 7). It shows how much R could move with other respondents alone, not
/// what the propensity model leaves out.
///
/// The resamples are drawn with minstd_rand (x <- 48271 x mod (2^31 - 1), from 20261207; the
/// respondent x mod n), so anyone can draw the same ones, in R too
/// (tests/cli/weigh_r_indicator_check.R). A resample in which some category has no respondent
/// cannot be raked to that category's population and is skipped (counted in `skipped`), as is one
/// whose raking does not converge (its cells cannot meet every margin at once).
struct RIndicatorInterval {
  double low = 0;
  double high = 0;
  int replicates = 0;  // raked and used
  int skipped = 0;
};

/// None without population counts, or when more than one resample in ten could not be raked.
std::optional<RIndicatorInterval> r_indicator_interval(const Sample& sample, double invited, int replicates = 200);

}  // namespace mienskip
