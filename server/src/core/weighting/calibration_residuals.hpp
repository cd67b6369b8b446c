#pragma once

#include <vector>

#include "core/weighting/cells.hpp"

namespace mienskip {

/// The regression behind linearization standard errors for raked (calibrated) weights.
///
/// For calibrated weights the variance of an estimator comes from the residuals of its influence
/// values regressed on the calibration variables (Deville and Särndal; R survey's `calibrate`),
/// weighted by the start weights. The start weights are equal (N/n) here, so this is ordinary
/// least squares on an intercept plus one indicator per category (the first of each variable left
/// out). Categories whose indicators depend on others are dropped, as a pivoting QR would.
class CalibrationResiduals {
 public:
  explicit CalibrationResiduals(const Cells& cells);

  /// Fitted values per cell of the regression of z on the calibration variables, given the sum
  /// of z over each cell's respondents.
  std::vector<double> fitted(const std::vector<double>& cell_sums) const;

 private:
  std::vector<std::size_t> columns_of_cell(std::size_t cell) const;

  const Cells& cells_;
  std::vector<std::size_t> offset_;             // first column of each variable's indicators
  std::size_t columns_ = 1;
  std::vector<std::vector<double>> cholesky_;   // lower triangle of X'X = L L'
  std::vector<bool> dropped_;
};

}  // namespace mienskip
