#pragma once

#include <vector>

#include "core/weighting/calibration_residuals.hpp"
#include "core/weighting/cells.hpp"

namespace mienskip {

/// Influence values e_i = w_i (z_i - fitted) of the ratio estimators of weighted means, summed as
/// the with-replacement variance needs them, for several columns at once (scenarios, or shares).
/// z_i = (y_i - mean) / weight total inside the domain and 0 outside it; fitted is the calibration
/// regression's (Deville and Särndal), so the variance is the one survey::svymean gives on a
/// calibrated design, and svyby's for a domain (full-sample residuals).
struct Influence {
  std::vector<double> sum;                 // [column]
  std::vector<std::vector<double>> cross;  // [column][column]; only b >= a without cross products
  std::size_t respondents = 0;
};

/// Which respondents count: all of them, or those whose `domain_of` is `domain`.
struct DomainFilter {
  const std::vector<int>* domain_of = nullptr;
  int domain = -1;
};

Influence influence(const std::vector<std::vector<double>>& columns, const Cells& cells,
                    const CalibrationResiduals& regression, const std::vector<double>& weights,
                    const std::vector<double>& means, double weight_total, DomainFilter filter,
                    bool cross_products);

/// The covariance of two columns' weighted means from their influence values: n / (n - 1) times
/// the centred sum of products.
double covariance(const Influence& f, std::size_t a, std::size_t b);

}  // namespace mienskip
