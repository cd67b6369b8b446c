#pragma once

#include <vector>

namespace mienskip {

using Matrix = std::vector<std::vector<double>>;

/// The two-sided simultaneous critical value for linear combinations of one normal vector: the c
/// with P(|a_j'X| <= c sd(a_j'X) for every row a_j of `contrasts`) = `level`, X ~ N(0, `covariance`).
/// It is what multcomp's confint(glht(...)) uses (mvtnorm::qmvnorm, tail "both.tails"), computed
/// here as a deterministic integral rather than mvtnorm's randomised one, so that the same input
/// gives the same value on every machine.
///
/// The covariance may be singular (scenario means sum to the budget, so it always is); a
/// combination with variance 0 is left out, and with none left the answer is the one-at-a-time
/// normal quantile. Write X = L z with z standard normal in r = rank(covariance) dimensions and
/// z = rho u with u uniform on the sphere and rho ~ chi_r: the event is rho <= c / M(u) with
/// M(u) = max_j |b_j'u| (b_j = L'a_j / sd), so P(c) = E_u[F_chi_r(c / M(u))], averaged over a fixed
/// quasi-random set of directions and solved for c by Newton's method. Its error is below 1e-5
/// (tests/unit/weighting/max_normal_test.cpp checks it against R's qtukey).
double simultaneous_critical_value(const Matrix& contrasts, const Matrix& covariance, double level);

/// The rank of a symmetric positive semi-definite matrix and its Moore-Penrose inverse, with the
/// tolerance of MASS::ginv (eigenvalues below sqrt(machine epsilon) x the largest count as 0).
struct GeneralisedInverse {
  int rank = 0;
  Matrix inverse;
};
GeneralisedInverse generalised_inverse(const Matrix& symmetric);

}  // namespace mienskip
