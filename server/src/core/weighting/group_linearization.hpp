#pragma once

#include <vector>

#include "core/weighting/calibration_residuals.hpp"
#include "core/weighting/cells.hpp"

namespace mienskip {

/// One column's sums over a group of respondents in one weighting cell: all that the group's
/// weighted mean and its linearization variance need, so that a union of groups (an area's
/// "rest") is a sum of groups rather than another pass over the respondents.
struct CellSums {
  double count = 0, y = 0, w = 0, wy = 0, w2 = 0, w2y = 0, w2y2 = 0;
};
using GroupSums = std::vector<CellSums>;  // [cell]

/// Adds one respondent's value `y`, with weight `w`, to its cell's sums.
void add_to_cell(CellSums& cell, double y, double w);

/// `total` plus (`sign` 1) or minus (`sign` -1) `part`, cell by cell.
GroupSums combine(GroupSums total, const GroupSums& part, double sign);

/// The influence values e_i = w_i (z_i - fitted) of a group's weighted mean (z_i = (y_i - mean) /
/// weight total for members, 0 for the others; `fitted` the calibration regression's, as in
/// linearization.hpp), kept as sums per cell: svyby's domain estimator on a calibrated design.
struct GroupInfluence {
  double mean = 0;
  double weight_total = 0;
  std::vector<double> fitted;          // [cell]
  std::vector<double> wz, w2z, w2z2;   // [cell] sums over members of w z, w^2 z, w^2 z^2
  double sum = 0;                      // the sum of e_i over every respondent
};

/// Covariances of group means from per-cell sums. The sum of e_a e_b over respondents splits into
/// members' terms and fitted terms: sum w^2 z_a z_b (only when a and b are the same group; 0 when
/// disjoint) - sum_c (w2z_a f_b + w2z_b f_a) + sum_c W2_c f_a f_b, with W2_c the sum of w^2 over
/// the cell's respondents. Cost: cells per pair of groups, whatever the number of respondents.
class GroupLinearization {
 public:
  GroupLinearization(const Cells& cells, const CalibrationResiduals& regression, const std::vector<double>& weights);

  /// Sums of column `y` per cell for each of `groups` groups, in one pass: respondent i belongs to
  /// group `group_of[i]`, or to none when it is negative.
  std::vector<GroupSums> sums_by_group(const std::vector<double>& y, const std::vector<int>& group_of,
                                       std::size_t groups) const;

  GroupInfluence influence(const GroupSums& sums) const;

  /// n / (n - 1) times the centred sum of e_a e_b over all n respondents. `same` says a and b are
  /// one group; otherwise they must have no member in common.
  double covariance(const GroupInfluence& a, const GroupInfluence& b, bool same) const;

 private:
  const Cells& cells_;
  const CalibrationResiduals& regression_;
  const std::vector<double>& weights_;
  std::vector<double> w1_, w2_;  // [cell] sums of w and w^2 over every respondent
};

}  // namespace mienskip
