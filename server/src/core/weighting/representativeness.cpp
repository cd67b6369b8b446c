#include "core/weighting/representativeness.hpp"

#include <algorithm>
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

// Propensities from the population-scale weights of the n respondents, when the population's
// size N is known.
// `scale` is N / base: 1 on the population base, N / M on the invited base, where every
// propensity (and so every response rate and partial indicator) is N / M times the population's.
struct Propensities {
  double N = 0;
  std::vector<double> population_weight, rho;
  double rho_mean = 0;
  double scale = 1;
  bool invited_base = false;
};

Propensities propensities_of(const std::vector<double>& propensity_weights, std::size_t n, double N,
                             std::optional<double> invited) {
  const double base = invited.value_or(N);
  Propensities propensities{N, std::vector<double>(n), std::vector<double>(n), static_cast<double>(n) / base,
                            N / base, invited.has_value()};
  const double propensity_total = std::accumulate(propensity_weights.begin(), propensity_weights.end(), 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    propensities.population_weight[i] = propensity_weights[i] * N / propensity_total;
    propensities.rho[i] = propensities.scale / propensities.population_weight[i];
  }
  return propensities;
}

PropensityIndicators overall_indicators(const Propensities& propensities) {
  const std::vector<double>& population_weight = propensities.population_weight;
  const std::vector<double>& rho = propensities.rho;
  PropensityIndicators overall;
  overall.invited_base = propensities.invited_base;
  overall.base = propensities.N / propensities.scale;
  overall.rho_mean = propensities.rho_mean;
  double squares = 0;
  for (std::size_t i = 0; i < rho.size(); ++i) {
    squares += population_weight[i] * (rho[i] - overall.rho_mean) * (rho[i] - overall.rho_mean);
  }
  overall.s_rho = std::sqrt(squares / (propensities.N - 1));
  overall.max_rho = rho.empty() ? 0 : *std::max_element(rho.begin(), rho.end());
  overall.r_indicator = 1 - 2 * overall.s_rho;
  overall.cv_rho = overall.s_rho / overall.rho_mean;
  return overall;
}

// A category's respondents and shares against the population's, before and after weighting.
CategoryComparison compare_category(const Margin& margin, std::size_t k, double population_total, long respondents,
                                    double weighted, double nn) {
  CategoryComparison category;
  category.category = margin.categories[k];
  category.population = margin.population[k];
  category.population_share = margin.population[k] / population_total;
  category.respondents = respondents;
  category.sample_share = static_cast<double>(respondents) / nn;
  category.weighted_share = weighted;
  category.difference_pp = 100 * (category.sample_share - category.population_share);
  category.representation_ratio = category.sample_share / category.population_share;
  const double p = category.population_share;
  const double spread = std::sqrt(p * (1 - p));
  category.asmd_before = spread > 0 ? std::fabs(category.sample_share - p) / spread : 0;
  category.asmd_after = spread > 0 ? std::fabs(category.weighted_share - p) / spread : 0;
  return category;
}

// Adds a category's difference from the population to the variable's summary figures.
void add_difference(VariableComparison& variable, const CategoryComparison& category, double nn) {
  const double p = category.population_share;
  const double difference = category.sample_share - p;
  variable.dissimilarity_index += std::fabs(difference) / 2;
  if (p > 0) variable.chi_square += nn * difference * difference / p;
  variable.max_abs_difference_pp = std::max(variable.max_abs_difference_pp, std::fabs(category.difference_pp));
  variable.weighted_max_abs_difference =
      std::max(variable.weighted_max_abs_difference, std::fabs(category.weighted_share - p));
}

// The chi-square test of the sample against the population over the variable's categories.
void test_variable(VariableComparison& variable, std::size_t K, double nn) {
  variable.degrees_of_freedom = static_cast<int>(K) - 1;
  variable.p_value = variable.degrees_of_freedom > 0
                         ? boost::math::gamma_q(variable.degrees_of_freedom / 2.0, variable.chi_square / 2)
                         : 1.0;
  variable.cohens_w = std::sqrt(variable.chi_square / nn);
  variable.cramers_v = variable.degrees_of_freedom > 0
                           ? variable.cohens_w / std::sqrt(static_cast<double>(variable.degrees_of_freedom))
                           : 0;
}

// A category's response rate and partial R-indicators, with its terms of the variable's sums.
struct CategoryPropensity {
  double response_rate = 0;
  double partial_unconditional = 0;
  double partial_conditional = 0;
  double between = 0;
  double within = 0;
};

CategoryPropensity category_propensity(double population, long respondents, double deviation,
                                       const Propensities& propensities) {
  CategoryPropensity result;
  const double N = propensities.N;
  result.response_rate = propensities.scale * static_cast<double>(respondents) / population;
  const double gap = result.response_rate - propensities.rho_mean;
  result.partial_unconditional = std::sqrt(population / N) * gap;
  result.between = population / N * gap * gap;
  result.partial_conditional = std::sqrt(deviation / N);
  result.within = deviation;
  return result;
}

VariableComparison compare_variable(const Sample& sample, std::size_t v, const std::vector<double>& weights,
                                    double weight_total, const std::optional<Propensities>& propensities) {
  const std::size_t n = weights.size();
  const double nn = static_cast<double>(n);
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
  if (propensities) {
    deviation = within_deviation_per_category(sample, propensities->population_weight, propensities->rho, v);
  }

  // Shares among those who answered the question.
  const int no_answer = sample.no_answer[v];
  const long skipped = no_answer < 0 ? 0 : respondents[no_answer];
  const double answered = nn - static_cast<double>(skipped);
  const double answered_population = population_total - (no_answer < 0 ? 0.0 : margin.population[no_answer]);
  const double answered_weight = 1 - (no_answer < 0 ? 0.0 : weighted[no_answer]);

  VariableComparison variable;
  variable.variable = margin.variable;
  variable.no_answer = skipped;
  double between = 0, within = 0;
  for (std::size_t k = 0; k < K; ++k) {
    std::optional<CategoryPropensity> propensity;
    if (propensities) {
      propensity = category_propensity(margin.population[k], respondents[k], deviation[k], *propensities);
      between += propensity->between;
      within += propensity->within;
    }
    if (static_cast<int>(k) == no_answer) continue;  // in the model, but no share to compare
    CategoryComparison category =
        compare_category(margin, k, answered_population, respondents[k], weighted[k] / answered_weight, answered);
    if (propensity) {
      category.response_rate = propensity->response_rate;
      category.partial_r_unconditional = propensity->partial_unconditional;
      category.partial_r_conditional = propensity->partial_conditional;
    }
    add_difference(variable, category, answered);
    variable.categories.push_back(std::move(category));
  }
  test_variable(variable, variable.categories.size(), answered);
  if (propensities) {
    variable.partial_r_unconditional = std::sqrt(between);
    variable.partial_r_conditional = std::sqrt(within / propensities->N);
  }
  return variable;
}

}  // namespace

bool r_indicator_applies(const PropensityIndicators& indicators) {
  return indicators.invited_base && indicators.max_rho <= 1;
}

Representativeness compare_with_population(const Sample& sample, const std::vector<double>& weights,
                                           const std::vector<double>& propensity_weights, std::optional<double> invited) {
  const double weight_total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::optional<Propensities> propensities;
  if (sample.population_total) {
    propensities = propensities_of(propensity_weights, weights.size(), *sample.population_total, invited);
  }
  Representativeness result;
  if (propensities) result.overall = overall_indicators(*propensities);
  for (std::size_t v = 0; v < sample.margins.size(); ++v) {
    result.variables.push_back(compare_variable(sample, v, weights, weight_total, propensities));
  }
  return result;
}

}  // namespace mienskip
