#pragma once

#include <vector>

#include "core/weighting/calibration_residuals.hpp"
#include "core/weighting/cells.hpp"

namespace mienskip {

/// Influence values e_i = w_i (z_i - fitted) of the ratio estimators of weighted means, summed as
/// the with-replacement variance needs them, for several columns at once (scenarios, or shares).
/// z_i = (y_i - mean) / weight total over every respondent; fitted is the calibration regression's
/// (Deville and Särndal), so the covariance is the one survey::svymean gives on a calibrated
/// design. Groups of respondents (areas) and single columns go through group_linearization.hpp,
/// which needs only sums per cell.
struct Influence {
  std::vector<double> sum;                 // [column]
  std::vector<std::vector<double>> cross;  // [column][column]
  std::size_t respondents = 0;
};

Influence influence(const std::vector<std::vector<double>>& columns, const Cells& cells,
                    const CalibrationResiduals& regression, const std::vector<double>& weights,
                    const std::vector<double>& means, double weight_total);

/// The covariance of two columns' weighted means from their influence values: n / (n - 1) times
/// the centred sum of products.
double covariance(const Influence& f, std::size_t a, std::size_t b);

}  // namespace mienskip
