#include "core/weighting/domain_estimates.hpp"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <numeric>

#include "core/weighting/group_linearization.hpp"

namespace mienskip {

namespace {

double t975(long respondents) {
  const boost::math::students_t t(static_cast<double>(respondents - 1));
  return boost::math::quantile(boost::math::complement(t, 0.025));
}

// Every domain's respondents, weight share and Kish effective sample size; suppressed below the minimum.
std::vector<DomainEstimate> domain_sizes(const Sample& sample, const std::vector<double>& weights,
                                         double min_effective_size) {
  std::vector<DomainEstimate> domains(sample.domain_labels.size());
  std::vector<double> squares(domains.size(), 0.0);
  const double weight_total = std::accumulate(weights.begin(), weights.end(), 0.0);
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (sample.domain_of[i] < 0) continue;
    auto& domain = domains[static_cast<std::size_t>(sample.domain_of[i])];
    domain.respondents += 1;
    domain.weight_share += weights[i];
    squares[static_cast<std::size_t>(sample.domain_of[i])] += weights[i] * weights[i];
  }
  for (std::size_t d = 0; d < domains.size(); ++d) {
    auto& domain = domains[d];
    domain.domain = sample.domain_labels[d];
    domain.ess = squares[d] > 0 ? domain.weight_share * domain.weight_share / squares[d] : 0;
    domain.weight_share /= weight_total;
    // Two respondents at least: one gives no variance, and t needs a degree of freedom.
    domain.suppressed = domain.respondents < 2 || domain.ess < min_effective_size;
    if (!domain.suppressed) domain.t_quantile = t975(domain.respondents);
  }
  return domains;
}

// The domain's mean, its t interval, and its difference from the rest when there is a rest.
void add_scenario(DomainEstimate& domain, const GroupLinearization& linearization, const GroupInfluence& own,
                  const GroupSums& rest) {
  const double variance = linearization.covariance(own, own, true);
  const double se = std::sqrt(std::max(0.0, variance));
  domain.weighted_mean.push_back(own.mean);
  domain.se.push_back(se);
  domain.ci95_low.push_back(own.mean - domain.t_quantile * se);
  domain.ci95_high.push_back(own.mean + domain.t_quantile * se);
  const GroupInfluence others = linearization.influence(rest);
  if (others.weight_total <= 0) return;
  VersusRest versus;
  versus.difference = own.mean - others.mean;
  // Disjoint groups: var(a - b) = var a + var b - 2 cov(a, b).
  versus.se = std::sqrt(std::max(0.0, variance + linearization.covariance(others, others, true) -
                                          2 * linearization.covariance(own, others, false)));
  versus.ci95_low = versus.difference - domain.t_quantile * versus.se;
  versus.ci95_high = versus.difference + domain.t_quantile * versus.se;
  domain.versus_rest.push_back(versus);
}

}  // namespace

int differs_from_rest(const EqualMeansTest& domains_differ, const VersusRest& versus) {
  if (domains_differ.degrees_of_freedom == 0 || domains_differ.p_value >= 0.05) return 0;
  if (versus.ci95_low > 0) return 1;
  if (versus.ci95_high < 0) return -1;
  return 0;
}

DomainEstimates estimate_domains(const Sample& sample, const Cells& cells, const CalibrationResiduals& regression,
                                 const std::vector<double>& weights, double min_effective_size) {
  DomainEstimates out;
  if (sample.domain_labels.empty() || sample.domain_of.size() != weights.size()) return out;  // not broken down
  out.domains = domain_sizes(sample, weights, min_effective_size);
  const GroupLinearization linearization(cells, regression, weights);
  for (const auto& y : sample.points) {
    const auto sums = linearization.sums_by_group(y, sample.domain_of, out.domains.size());
    GroupSums answered(cells.count());
    for (const auto& group : sums) answered = combine(std::move(answered), group, 1);
    std::vector<GroupInfluence> shown;
    for (std::size_t d = 0; d < out.domains.size(); ++d) {
      if (out.domains[d].suppressed) continue;
      shown.push_back(linearization.influence(sums[d]));
      add_scenario(out.domains[d], linearization, shown.back(), combine(answered, sums[d], -1));
    }
    if (shown.size() < 2) continue;
    std::vector<double> means;
    Matrix covariance(shown.size(), std::vector<double>(shown.size()));
    for (std::size_t a = 0; a < shown.size(); ++a) {
      means.push_back(shown[a].mean);
      for (std::size_t b = 0; b < shown.size(); ++b) {
        covariance[a][b] = linearization.covariance(shown[a], shown[b], a == b);
      }
    }
    out.differ.push_back(equal_means_test(means, covariance));
  }
  return out;
}

}  // namespace mienskip
