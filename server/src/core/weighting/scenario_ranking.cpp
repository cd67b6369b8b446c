#include "core/weighting/scenario_ranking.hpp"

#include <algorithm>
#include <boost/math/special_functions/gamma.hpp>
#include <cmath>

namespace mienskip {

namespace {

constexpr double level = 0.95;

double quadratic_form(const Matrix& m, const std::vector<double>& left, const std::vector<double>& right) {
  double total = 0;
  for (std::size_t i = 0; i < left.size(); ++i) {
    for (std::size_t j = 0; j < right.size(); ++j) total += left[i] * m[i][j] * right[j];
  }
  return total;
}

// C V C' for contrast rows C.
Matrix contrast_covariance(const Matrix& contrasts, const Matrix& covariance) {
  Matrix result(contrasts.size(), std::vector<double>(contrasts.size()));
  for (std::size_t a = 0; a < contrasts.size(); ++a) {
    for (std::size_t b = 0; b < contrasts.size(); ++b) result[a][b] = quadratic_form(covariance, contrasts[a], contrasts[b]);
  }
  return result;
}

}  // namespace

EqualMeansTest equal_means_test(const std::vector<double>& means, const Matrix& covariance) {
  const std::size_t k = means.size();
  if (k < 2) return {};
  Matrix contrasts(k - 1, std::vector<double>(k, 0.0));
  std::vector<double> differences(k - 1);
  for (std::size_t s = 0; s + 1 < k; ++s) {
    contrasts[s][s] = 1;
    contrasts[s][k - 1] = -1;
    differences[s] = means[s] - means[k - 1];
  }
  const GeneralisedInverse inverse = generalised_inverse(contrast_covariance(contrasts, covariance));
  EqualMeansTest test;
  test.degrees_of_freedom = inverse.rank;
  if (inverse.rank == 0) return test;
  test.statistic = quadratic_form(inverse.inverse, differences, differences);
  test.p_value = boost::math::gamma_q(inverse.rank / 2.0, test.statistic / 2);
  return test;
}

Matrix pairwise_contrasts(std::size_t scenarios) {
  Matrix rows;
  for (std::size_t a = 0; a < scenarios; ++a) {
    for (std::size_t b = a + 1; b < scenarios; ++b) {
      std::vector<double> row(scenarios, 0.0);
      row[a] = 1;
      row[b] = -1;
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

ScenarioRanking rank_scenarios(const std::vector<double>& means, const Matrix& covariance) {
  const std::size_t k = means.size();
  ScenarioRanking ranking;
  ranking.critical_value = simultaneous_critical_value(pairwise_contrasts(k), covariance, level);
  ranking.equal_means = equal_means_test(means, covariance);
  for (std::size_t s = 0; s < k; ++s) {
    int above = 0, below = 0;
    for (std::size_t other = 0; other < k; ++other) {
      if (other == s) continue;
      const double difference = means[other] - means[s];
      const double variance = covariance[other][other] + covariance[s][s] - 2 * covariance[other][s];
      // Rounding can take a variance that is 0 in exact arithmetic just below it.
      const double margin = ranking.critical_value * std::sqrt(std::max(0.0, variance));
      if (difference - margin > 0) above += 1;
      if (difference + margin < 0) below += 1;
    }
    ranking.ranks.push_back({1 + above, static_cast<int>(k) - below});
  }
  return ranking;
}

}  // namespace mienskip
