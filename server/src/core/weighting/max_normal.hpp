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
/// combination with variance 0 is left out, and with fewer than two left the answer is the
/// one-at-a-time normal quantile. Write X = L z with z standard normal in r = rank(covariance)
/// dimensions, rotate z so that each standardised combination involves only the variables up to
/// some k, and the probability is a product of one-dimensional normal probabilities, each given the
/// variables before it (Genz's separation of variables), averaged over a fixed Sobol point set in
/// r - 1 dimensions; c is found where it equals `level` (bracketed between the one-at-a-time and
/// the Bonferroni quantile). Measured against R's qtukey for independent means
/// (tests/unit/weighting/scenario_ranking_test.cpp): within 1e-5 up to six scenarios, about 3e-5
/// for eight and 3e-4 for twelve, in about 0.1 s for six.
double simultaneous_critical_value(const Matrix& contrasts, const Matrix& covariance, double level);

/// The rank of a symmetric positive semi-definite matrix and its Moore-Penrose inverse, with the
/// tolerance of MASS::ginv (eigenvalues below sqrt(machine epsilon) x the largest count as 0).
struct GeneralisedInverse {
  int rank = 0;
  Matrix inverse;
};
GeneralisedInverse generalised_inverse(const Matrix& symmetric);

}  // namespace mienskip
