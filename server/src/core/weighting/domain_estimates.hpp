#pragma once

#include <string>
#include <vector>

#include "core/weighting/calibration_residuals.hpp"
#include "core/weighting/cells.hpp"
#include "core/weighting/sample.hpp"
#include "core/weighting/scenario_ranking.hpp"

namespace mienskip {

/// A domain's mean minus the mean of every other respondent who answered the domain question
/// (svycontrast on svyby over "in this domain or not"), with the domain's t interval.
struct VersusRest {
  double difference = 0;
  double se = 0;
  double ci95_low = 0;
  double ci95_high = 0;
};

struct DomainEstimate {
  std::string domain;
  long respondents = 0;
  bool suppressed = false;  // effective sample size below the minimum: no estimates shown
  double ess = 0;           // Kish: (sum w)^2 / sum w^2 over the domain's respondents
  double weight_share = 0;
  // The 97.5% point of Student's t on respondents - 1 degrees of freedom (the domain's design
  // degrees of freedom, as R's degf on the subset): wider than 1.96 where a domain is small.
  double t_quantile = 0;
  std::vector<double> weighted_mean;  // [scenario]
  std::vector<double> se;             // [scenario]
  std::vector<double> ci95_low, ci95_high;  // [scenario] mean +- t_quantile x se
  std::vector<VersusRest> versus_rest;       // [scenario]
};

/// Results per domain (area) of `sample.by`, and per scenario the Wald test that the domains
/// shown have one mean (svyby(..., covmat = TRUE) gives their joint covariance; the contrasts of
/// each with the last, the generalised inverse, chi-square on its rank). Domains whose effective
/// sample size is below `min_effective_size` are listed without estimates and left out of the test.
struct DomainEstimates {
  std::vector<DomainEstimate> domains;
  std::vector<EqualMeansTest> differ;  // [scenario]; empty when fewer than two domains are shown
};

/// Whether a domain is told apart from the rest on a scenario: only where the domains shown differ
/// at all (`domains_differ`, the Wald test, rejects at 5%), and then where the 95% interval of
/// the difference leaves out 0. The first condition keeps the chance of telling any domain apart
/// on a scenario where none differs at 5%, however many domains there are (Fisher's protected
/// comparisons). +1 above the rest, -1 below, 0 not told apart.
int differs_from_rest(const EqualMeansTest& domains_differ, const VersusRest& versus);

DomainEstimates estimate_domains(const Sample& sample, const Cells& cells, const CalibrationResiduals& regression,
                                 const std::vector<double>& weights, double min_effective_size);

}  // namespace mienskip
