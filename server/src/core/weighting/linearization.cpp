#include "core/weighting/linearization.hpp"

namespace mienskip {

Influence influence(const std::vector<std::vector<double>>& columns, const Cells& cells,
                    const CalibrationResiduals& regression, const std::vector<double>& weights,
                    const std::vector<double>& means, double weight_total) {
  const std::size_t n = weights.size();
  const std::size_t count = columns.size();

  std::vector<std::vector<double>> cell_sums(count, std::vector<double>(cells.count(), 0.0));
  for (std::size_t i = 0; i < n; ++i) {
    const auto cell = cells.cell_of[i];
    for (std::size_t s = 0; s < count; ++s) cell_sums[s][cell] += (columns[s][i] - means[s]) / weight_total;
  }
  std::vector<std::vector<double>> fitted(count);
  for (std::size_t s = 0; s < count; ++s) fitted[s] = regression.fitted(cell_sums[s]);
  Influence result;
  result.respondents = n;
  result.sum.assign(count, 0.0);
  result.cross.assign(count, std::vector<double>(count, 0.0));
  std::vector<double> e(count);
  for (std::size_t i = 0; i < n; ++i) {
    const auto cell = cells.cell_of[i];
    for (std::size_t s = 0; s < count; ++s) {
      const double z = (columns[s][i] - means[s]) / weight_total;
      e[s] = weights[i] * (z - fitted[s][cell]);
      result.sum[s] += e[s];
    }
    for (std::size_t a = 0; a < count; ++a) {
      for (std::size_t b = 0; b < count; ++b) result.cross[a][b] += e[a] * e[b];
    }
  }
  return result;
}

double covariance(const Influence& f, std::size_t a, std::size_t b) {
  const double n = static_cast<double>(f.respondents);
  return n / (n - 1) * (f.cross[a][b] - f.sum[a] * f.sum[b] / n);
}

}  // namespace mienskip
