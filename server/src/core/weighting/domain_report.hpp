#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/weighting/weighting.hpp"

namespace mienskip {

/// `estimates.domains` of the JSON report: per domain its size and, when shown, per scenario the
/// mean, SE, t interval and the difference from the rest, and whether that tells it apart.
/// `differs` in versus_rest is differs_from_rest with the scenario's test from `differ`.
nlohmann::json domains_json(const std::vector<DomainEstimate>& domains, const std::vector<EqualMeansTest>& differ,
                            const std::vector<std::string>& scenario_names);

/// `estimates.domains_differ`: per scenario the Wald test that the shown domains have one mean.
nlohmann::json domains_differ_json(const std::vector<EqualMeansTest>& tests, const std::vector<std::string>& scenario_names);

/// The per-domain lines of the text report; empty when the result is not broken down.
std::string domains_text(const WeighingResult& result);

}  // namespace mienskip
