#include "core/weighting/calibration_residuals.hpp"

#include <algorithm>
#include <cmath>

namespace mienskip {

CalibrationResiduals::CalibrationResiduals(const Cells& cells) : cells_(cells) {
  for (const auto& variable : cells.codes) {
    offset_.push_back(columns_);
    const std::size_t categories =
        variable.empty() ? 1 : *std::max_element(variable.begin(), variable.end()) + 1u;
    columns_ += categories - 1;
  }
  std::vector<std::vector<double>> normal(columns_, std::vector<double>(columns_, 0.0));
  for (std::size_t c = 0; c < cells.count(); ++c) {
    const auto active = columns_of_cell(c);
    for (auto a : active) {
      for (auto b : active) normal[a][b] += cells.size[c];
    }
  }
  // Cholesky factorisation that drops a column whose pivot vanishes (it depends on earlier ones).
  cholesky_.assign(columns_, std::vector<double>(columns_, 0.0));
  dropped_.assign(columns_, false);
  for (std::size_t j = 0; j < columns_; ++j) {
    double pivot = normal[j][j];
    for (std::size_t k = 0; k < j; ++k) pivot -= cholesky_[j][k] * cholesky_[j][k];
    if (pivot <= 1e-9 * std::max(1.0, normal[j][j])) {
      dropped_[j] = true;
      continue;
    }
    cholesky_[j][j] = std::sqrt(pivot);
    for (std::size_t i = j + 1; i < columns_; ++i) {
      double value = normal[i][j];
      for (std::size_t k = 0; k < j; ++k) value -= cholesky_[i][k] * cholesky_[j][k];
      cholesky_[i][j] = value / cholesky_[j][j];
    }
  }
}

std::vector<std::size_t> CalibrationResiduals::columns_of_cell(std::size_t cell) const {
  std::vector<std::size_t> active{0};
  for (std::size_t v = 0; v < offset_.size(); ++v) {
    const auto code = cells_.codes[v][cell];
    if (code > 0) active.push_back(offset_[v] + code - 1);
  }
  return active;
}

std::vector<double> CalibrationResiduals::fitted(const std::vector<double>& cell_sums) const {
  std::vector<double> rhs(columns_, 0.0);
  for (std::size_t c = 0; c < cells_.count(); ++c) {
    for (auto column : columns_of_cell(c)) rhs[column] += cell_sums[c];
  }
  std::vector<double> y(columns_, 0.0);
  for (std::size_t j = 0; j < columns_; ++j) {
    if (dropped_[j]) continue;
    double value = rhs[j];
    for (std::size_t k = 0; k < j; ++k) value -= cholesky_[j][k] * y[k];
    y[j] = value / cholesky_[j][j];
  }
  std::vector<double> beta(columns_, 0.0);
  for (std::size_t j = columns_; j-- > 0;) {
    if (dropped_[j]) continue;
    double value = y[j];
    for (std::size_t k = j + 1; k < columns_; ++k) value -= cholesky_[k][j] * beta[k];
    beta[j] = value / cholesky_[j][j];
  }
  std::vector<double> fit(cells_.count(), 0.0);
  for (std::size_t c = 0; c < cells_.count(); ++c) {
    for (auto column : columns_of_cell(c)) fit[c] += beta[column];
  }
  return fit;
}

}  // namespace mienskip
