#include "core/weighting/domain_report.hpp"

#include <sstream>

#include "core/weighting/report_numbers.hpp"

namespace mienskip {

namespace {

using nlohmann::json;

using report_numbers::fixed;

}  // namespace

json domains_json(const std::vector<DomainEstimate>& domains, const std::vector<EqualMeansTest>& differ,
                  const std::vector<std::string>& scenario_names) {
  json out = json::array();
  for (const auto& d : domains) {
    json domain = {{"domain", d.domain}, {"n", d.respondents}, {"suppressed", d.suppressed},
                   {"ess", d.ess}, {"weight_share", d.weight_share}};
    if (!d.suppressed) {
      domain["t_quantile"] = d.t_quantile;
      for (std::size_t j = 0; j < scenario_names.size(); ++j) {
        const auto& name = scenario_names[j];
        domain["weighted_mean"][name] = d.weighted_mean[j];
        domain["se"][name] = d.se[j];
        domain["ci95"][name] = {d.ci95_low[j], d.ci95_high[j]};
        if (j < d.versus_rest.size()) {
          const auto& v = d.versus_rest[j];
          const int differs = j < differ.size() ? differs_from_rest(differ[j], v) : 0;
          domain["versus_rest"][name] = {
              {"difference", v.difference}, {"se", v.se}, {"ci95", {v.ci95_low, v.ci95_high}}, {"differs", differs}};
        }
      }
    }
    out.push_back(domain);
  }
  return out;
}

json domains_differ_json(const std::vector<EqualMeansTest>& tests, const std::vector<std::string>& scenario_names) {
  json out = json::array();
  for (std::size_t j = 0; j < tests.size(); ++j) {
    out.push_back({{"scenario", scenario_names[j]},
                   {"statistic", tests[j].statistic},
                   {"df", tests[j].degrees_of_freedom},
                   {"p_value", tests[j].p_value}});
  }
  return out;
}

std::string domains_text(const WeighingResult& r) {
  const auto& e = r.estimates;
  const auto& names = r.sample.scenarios;
  if (e.domains.empty()) return "";
  std::ostringstream out;
  out << "\nWeighted mean points per " << r.sample.by << " (95% t interval; shown where the effective sample size is at least "
      << r.options.min_domain_ess << ")\n";
  for (const auto& d : e.domains) {
    out << "  " << d.domain << " (" << d.respondents << ", effective " << fixed(d.ess, 0) << "):";
    if (d.suppressed) out << " too few respondents to report";
    for (std::size_t j = 0; !d.suppressed && j < names.size(); ++j) {
      out << " " << names[j] << " " << fixed(d.weighted_mean[j], 1) << " +/- "
          << fixed(d.ci95_high[j] - d.weighted_mean[j], 1);
      if (j < d.versus_rest.size()) out << " (rest " << (d.versus_rest[j].difference >= 0 ? "+" : "") << fixed(d.versus_rest[j].difference, 1) << ")";
    }
    out << "\n";
  }
  for (std::size_t j = 0; j < e.domains_differ.size(); ++j) {
    const auto& test = e.domains_differ[j];
    out << "  " << names[j] << " the same in every " << r.sample.by << " shown (Wald): chi-square "
        << fixed(test.statistic, 2) << " on " << test.degrees_of_freedom << " df, p " << report_numbers::p_value(test.p_value) << "\n";
  }
  return out.str();
}

}  // namespace mienskip
