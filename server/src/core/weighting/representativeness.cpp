#include "core/weighting/representativeness.hpp"

#include <boost/math/special_functions/gamma.hpp>
#include <cmath>
#include <numeric>

namespace mienskip {

namespace {

// Within-cell spread of propensities when the other variables are held fixed (the conditional
// partial R-indicator), summed per category of variable `skip`: cells are the combinations of all
// weighting variables except `skip`.
std::vector<double> within_deviation_per_category(const Sample& sample,
                                                  const std::vector<double>& population_weight,
                                                  const std::vector<double>& rho, std::size_t skip) {
  const std::size_t n = rho.size();
  std::vector<std::vector<std::uint16_t>> others;
  for (std::size_t v = 0; v < sample.codes.size(); ++v) {
    if (v != skip) others.push_back(sample.codes[v]);
  }
  // With no other variable, everyone is in one cell: the whole population.
  if (others.empty()) others.emplace_back(n, std::uint16_t{0});
  const Cells cells = group_cells(others);
  std::vector<std::pair<double, double>> cell_totals(cells.count(), {0.0, 0.0});  // weight, weight * rho
  for (std::size_t i = 0; i < n; ++i) {
    cell_totals[cells.cell_of[i]].first += population_weight[i];
    cell_totals[cells.cell_of[i]].second += population_weight[i] * rho[i];
  }
  std::vector<double> per_category(sample.margins[skip].categories.size(), 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& [weight, weighted_rho] = cell_totals[cells.cell_of[i]];
    const double d = rho[i] - weighted_rho / weight;
    per_category[sample.codes[skip][i]] += population_weight[i] * d * d;
  }
  return per_category;
}

}  // namespace

Representativeness compare_with_population(const Sample& sample, const std::vector<double>& weights,
                                           const std::vector<double>& propensity_weights) {
  const std::size_t n = weights.size();
  const double nn = static_cast<double>(n);
  const double weight_total = std::accumulate(weights.begin(), weights.end(), 0.0);
  const bool counts = sample.population_total.has_value();
  const double N = counts ? *sample.population_total : 0;

  // Propensities from the population-scale weights.
  std::vector<double> population_weight(n), rho(n);
  Representativeness result;
  if (counts) {
    const double propensity_total =
        std::accumulate(propensity_weights.begin(), propensity_weights.end(), 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      population_weight[i] = propensity_weights[i] * N / propensity_total;
      rho[i] = 1 / population_weight[i];
    }
    PropensityIndicators overall;
    overall.rho_mean = nn / N;
    double squares = 0;
    for (std::size_t i = 0; i < n; ++i) {
      squares += population_weight[i] * (rho[i] - overall.rho_mean) * (rho[i] - overall.rho_mean);
    }
    overall.s_rho = std::sqrt(squares / (N - 1));
    overall.r_indicator = 1 - 2 * overall.s_rho;
    overall.cv_rho = overall.s_rho / overall.rho_mean;
    result.overall = overall;
  }

  for (std::size_t v = 0; v < sample.margins.size(); ++v) {
    const Margin& margin = sample.margins[v];
    const std::size_t K = margin.categories.size();
    const double population_total = std::accumulate(margin.population.begin(), margin.population.end(), 0.0);
    std::vector<long> respondents(K, 0);
    std::vector<double> weighted(K, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      respondents[sample.codes[v][i]] += 1;
      weighted[sample.codes[v][i]] += weights[i] / weight_total;
    }
    std::vector<double> deviation;
    if (counts) deviation = within_deviation_per_category(sample, population_weight, rho, v);

    VariableComparison variable;
    variable.variable = margin.variable;
    double between = 0, within = 0;
    for (std::size_t k = 0; k < K; ++k) {
      CategoryComparison category;
      category.category = margin.categories[k];
      category.population = margin.population[k];
      category.population_share = margin.population[k] / population_total;
      category.respondents = respondents[k];
      category.sample_share = static_cast<double>(respondents[k]) / nn;
      category.weighted_share = weighted[k];
      category.difference_pp = 100 * (category.sample_share - category.population_share);
      category.representation_ratio = category.sample_share / category.population_share;
      const double p = category.population_share;
      const double spread = std::sqrt(p * (1 - p));
      category.asmd_before = spread > 0 ? std::fabs(category.sample_share - p) / spread : 0;
      category.asmd_after = spread > 0 ? std::fabs(category.weighted_share - p) / spread : 0;
      if (counts) {
        category.response_rate = respondents[k] / margin.population[k];
        const double gap = *category.response_rate - result.overall->rho_mean;
        category.partial_r_unconditional = std::sqrt(margin.population[k] / N) * gap;
        between += margin.population[k] / N * gap * gap;
        const double in_category = deviation[k];
        category.partial_r_conditional = std::sqrt(in_category / N);
        within += in_category;
      }
      const double difference = category.sample_share - p;
      variable.dissimilarity_index += std::fabs(difference) / 2;
      if (p > 0) variable.chi_square += nn * difference * difference / p;
      variable.max_abs_difference_pp = std::max(variable.max_abs_difference_pp, std::fabs(category.difference_pp));
      variable.weighted_max_abs_difference =
          std::max(variable.weighted_max_abs_difference, std::fabs(category.weighted_share - p));
      variable.categories.push_back(std::move(category));
    }
    variable.degrees_of_freedom = static_cast<int>(K) - 1;
    variable.p_value = variable.degrees_of_freedom > 0
                           ? boost::math::gamma_q(variable.degrees_of_freedom / 2.0, variable.chi_square / 2)
                           : 1.0;
    variable.cohens_w = std::sqrt(variable.chi_square / nn);
    variable.cramers_v = variable.degrees_of_freedom > 0
                             ? variable.cohens_w / std::sqrt(static_cast<double>(variable.degrees_of_freedom))
                             : 0;
    if (counts) {
      variable.partial_r_unconditional = std::sqrt(between);
      variable.partial_r_conditional = std::sqrt(within / N);
    }
    result.variables.push_back(std::move(variable));
  }
  return result;
}

}  // namespace mienskip
