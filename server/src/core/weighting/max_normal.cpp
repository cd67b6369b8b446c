#include "core/weighting/max_normal.hpp"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/policies/policy.hpp>
#include <boost/math/special_functions/erf.hpp>
#include <boost/math/tools/roots.hpp>
#include <boost/random/sobol.hpp>
#include <cmath>
#include <limits>
#include <utility>

namespace mienskip {

namespace {

// The root is found on 2^12 points, then refined on 2^16, where the critical value for six
// scenarios is within 1e-5 of qtukey's (scenario_ranking_test); 2^18 would gain a digit at four times
// the time.
constexpr int coarse_points = 1 << 12, fine_points = 1 << 16;

Eigen::MatrixXd to_eigen(const Matrix& m) {
  const auto rows = static_cast<Eigen::Index>(m.size());
  const auto columns = rows == 0 ? Eigen::Index{0} : static_cast<Eigen::Index>(m.front().size());
  Eigen::MatrixXd result(rows, columns);
  for (Eigen::Index i = 0; i < rows; ++i) {
    for (Eigen::Index j = 0; j < columns; ++j) result(i, j) = m[i][j];
  }
  return result;
}

// The eigenvalues that count, as MASS::ginv counts them.
double eigen_tolerance(const Eigen::VectorXd& values) {
  const double largest = values.size() == 0 ? 0.0 : values.maxCoeff();
  return std::max(std::sqrt(std::numeric_limits<double>::epsilon()) * largest, 0.0);
}

// L with covariance = L L' and as many columns as the covariance has positive eigenvalues.
Eigen::MatrixXd square_root(const Eigen::MatrixXd& covariance) {
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
  const double tolerance = eigen_tolerance(solver.eigenvalues());
  std::vector<Eigen::Index> kept;
  for (Eigen::Index k = 0; k < solver.eigenvalues().size(); ++k) {
    if (solver.eigenvalues()(k) > tolerance) kept.push_back(k);
  }
  Eigen::MatrixXd root(covariance.rows(), static_cast<Eigen::Index>(kept.size()));
  for (std::size_t c = 0; c < kept.size(); ++c) {
    root.col(static_cast<Eigen::Index>(c)) = solver.eigenvectors().col(kept[c]) * std::sqrt(solver.eigenvalues()(kept[c]));
  }
  return root;
}

// The combinations as rows over independent standard normal variables, rotated so that row j
// involves only the variables up to last[j]: a variable's bounds then follow from the ones before
// it (Genz's separation of variables). The rotation Q comes from the QR decomposition of the rows'
// transpose (A' = Q R, so A Q = R' is lower trapezoidal).
struct Staircase {
  Eigen::MatrixXd rows;
  std::vector<std::vector<Eigen::Index>> ending_at;  // [k]: the rows whose last variable is k
};

Staircase staircase(const Eigen::MatrixXd& unit_rows) {
  const Eigen::HouseholderQR<Eigen::MatrixXd> qr(unit_rows.transpose());
  const Eigen::MatrixXd q = qr.householderQ();
  Staircase result{unit_rows * q, std::vector<std::vector<Eigen::Index>>(static_cast<std::size_t>(unit_rows.cols()))};
  const double tolerance = 1e-10;
  for (Eigen::Index j = 0; j < result.rows.rows(); ++j) {
    std::size_t last = 0;
    for (Eigen::Index k = 0; k < result.rows.cols(); ++k) {
      if (std::abs(result.rows(j, k)) > tolerance) last = static_cast<std::size_t>(k);
    }
    result.ending_at[last].push_back(j);
  }
  return result;
}

double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }
// In double precision: Boost would otherwise work in long double, three times slower here.
using double_policy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
double normal_quantile(double p) { return -std::sqrt(2.0) * boost::math::erfc_inv(2 * p, double_policy()); }

// P(|row_j'z| <= c for every j) as the average over a fixed Sobol set of the product of the
// conditional probabilities of each variable's interval.
double probability_inside(const Staircase& s, double c, int point_count) {
  const Eigen::Index dimension = s.rows.cols();
  boost::random::sobol points(static_cast<std::size_t>(std::max<Eigen::Index>(1, dimension - 1)));
  const double range = static_cast<double>(boost::random::sobol::max()) + 1;
  std::vector<double> z(static_cast<std::size_t>(dimension)), w(z.size());
  double total = 0;
  for (int n = 0; n < point_count; ++n) {
    for (Eigen::Index k = 0; k + 1 < dimension; ++k) w[k] = (static_cast<double>(points()) + 0.5) / range;
    double product = 1;
    for (Eigen::Index k = 0; k < dimension && product > 0; ++k) {
      double low = -std::numeric_limits<double>::infinity(), high = std::numeric_limits<double>::infinity();
      for (const Eigen::Index j : s.ending_at[static_cast<std::size_t>(k)]) {
        double known = 0;
        for (Eigen::Index i = 0; i < k; ++i) known += s.rows(j, i) * z[i];
        const double slope = s.rows(j, k);
        const double a = (-c - known) / slope, b = (c - known) / slope;
        low = std::max(low, std::min(a, b));
        high = std::min(high, std::max(a, b));
      }
      const double from = normal_cdf(low), share = high > low ? normal_cdf(high) - from : 0.0;
      product *= share;
      if (k + 1 < dimension) z[k] = normal_quantile(std::clamp(from + w[k] * share, 1e-300, 1 - 1e-16));
    }
    total += product;
  }
  return total / point_count;
}

}  // namespace

double simultaneous_critical_value(const Matrix& contrasts, const Matrix& covariance, double level) {
  const boost::math::normal normal;
  const double one_at_a_time = boost::math::quantile(normal, 1 - (1 - level) / 2);
  const Eigen::MatrixXd root = square_root(to_eigen(covariance));
  if (root.cols() == 0 || contrasts.empty()) return one_at_a_time;
  const Eigen::MatrixXd combined = to_eigen(contrasts) * root;
  const double scale = combined.rowwise().norm().maxCoeff();
  std::vector<Eigen::Index> varying;
  for (Eigen::Index j = 0; j < combined.rows(); ++j) {
    if (combined.row(j).norm() > 1e-12 * scale) varying.push_back(j);
  }
  if (varying.size() < 2) return one_at_a_time;
  Eigen::MatrixXd unit_rows(static_cast<Eigen::Index>(varying.size()), combined.cols());
  for (std::size_t j = 0; j < varying.size(); ++j) {
    unit_rows.row(static_cast<Eigen::Index>(j)) = combined.row(varying[j]).normalized();
  }
  const Staircase rows = staircase(unit_rows);
  const double bonferroni =
      boost::math::quantile(normal, 1 - (1 - level) / (2 * static_cast<double>(varying.size())));
  const auto coarse = [&](double c) { return probability_inside(rows, c, coarse_points) - level; };
  if (coarse(one_at_a_time) >= 0) return one_at_a_time;  // the combinations are one, up to sign
  if (coarse(bonferroni) <= 0) return bonferroni;
  boost::math::tools::eps_tolerance<double> tolerance(30);
  std::uintmax_t iterations = 60;
  const auto bracket = boost::math::tools::toms748_solve(coarse, one_at_a_time, bonferroni, tolerance, iterations);
  // One secant step on the fine set from the coarse root: P(c) is smooth in c and the coarse root
  // is within about 1e-3, so the step's own error is of the order of 1e-7.
  const auto fine = [&](double c) { return probability_inside(rows, c, fine_points) - level; };
  const double start = (bracket.first + bracket.second) / 2, step = 1e-3;
  const double f_start = fine(start), f_step = fine(start + step);
  if (f_step == f_start) return start;
  return std::clamp(start - f_start * step / (f_step - f_start), one_at_a_time, bonferroni);
}

GeneralisedInverse generalised_inverse(const Matrix& symmetric) {
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(to_eigen(symmetric));
  const double tolerance = eigen_tolerance(solver.eigenvalues());
  const auto size = solver.eigenvalues().size();
  Eigen::MatrixXd inverse = Eigen::MatrixXd::Zero(size, size);
  GeneralisedInverse result;
  for (Eigen::Index k = 0; k < size; ++k) {
    const double value = solver.eigenvalues()(k);
    if (value <= tolerance) continue;
    result.rank += 1;
    inverse += solver.eigenvectors().col(k) * solver.eigenvectors().col(k).transpose() / value;
  }
  result.inverse.assign(static_cast<std::size_t>(size), std::vector<double>(static_cast<std::size_t>(size)));
  for (Eigen::Index i = 0; i < size; ++i) {
    for (Eigen::Index j = 0; j < size; ++j) result.inverse[i][j] = inverse(i, j);
  }
  return result;
}

}  // namespace mienskip
