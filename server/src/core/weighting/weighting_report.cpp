#include "core/weighting/weighting_report.hpp"

#include "core/base/csv.hpp"
#include "core/base/csv_cell.hpp"
#include "core/weighting/domain_report.hpp"
#include "core/weighting/report_numbers.hpp"

#include <nlohmann/json.hpp>
#include <sstream>

namespace mienskip {

namespace {

nlohmann::json optional_number(const std::optional<double>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

using report_numbers::fixed;

using nlohmann::json;

// What was weighted: variables, scenario columns, respondents used and left out, margin totals.
json inputs_json(const Sample& s) {
  json inputs = {{"weighting_variables", json::array()},
                 {"scenario_columns", s.scenarios},
                 {"n_input", s.ids.size() + s.dropped_ids.size()},
                 {"n_used", s.ids.size()},
                 {"dropped_missing", {{"count", s.dropped_ids.size()}, {"ids", s.dropped_ids}}},
                 {"population_total", optional_number(s.population_total)},
                 {"margin_totals_raw", json::object()},
                 {"margin_total_max_rel_discrepancy", s.margin_total_max_rel_discrepancy},
                 {"points_total_not_100", s.points_total_not_100},
                 {"warnings", s.warnings}};
  json skipped = json::object();
  for (std::size_t v = 0; v < s.margins.size(); ++v) {
    inputs["weighting_variables"].push_back(s.margins[v].variable);
    inputs["margin_totals_raw"][s.margins[v].variable] = s.raw_margin_totals[v];
    if (s.skipped[v] > 0) skipped[s.margins[v].variable] = s.skipped[v];
  }
  // Kept in a "(no answer)" category of each question they skipped (core/weighting/sample.hpp).
  inputs["kept_missing"] = {{"count", s.kept_with_missing}, {"per_variable", skipped}, {"category", no_answer_label}};
  return inputs;
}

// Per scenario: means with standard errors, shares and the distribution of points.
json share_json(const ShareEstimate& e) {
  return {{"share", e.share}, {"se", e.se}, {"ci95", {e.ci95_low, e.ci95_high}}};
}

json scenarios_json(const std::vector<ScenarioEstimate>& estimates, const std::vector<ScenarioShares>& shares) {
  json scenarios = json::array();
  for (std::size_t s = 0; s < estimates.size(); ++s) {
    const auto& e = estimates[s];
    json bins = json::array();
    for (const auto& bin : e.distribution) {
      bins.push_back({{"points", bin.label}, {"respondents", bin.respondents}, {"weighted_share", bin.weighted_share}});
    }
    scenarios.push_back({{"scenario", e.scenario},
                         {"unweighted_mean", e.unweighted_mean},
                         {"unweighted_se", e.unweighted_se},
                         {"weighted_mean", e.weighted_mean},
                         {"se", e.se},
                         {"ci95", {e.ci95_low, e.ci95_high}},
                         {"share_any_unweighted", e.share_any_unweighted},
                         {"share_any_weighted", e.share_any_weighted},
                         {"weighted_median", e.weighted_median},
                         {"distribution", bins}});
    if (s < shares.size()) {
      scenarios.back()["shares"] = {{"none", share_json(shares[s].none)},
                                    {"half", share_json(shares[s].half)},
                                    {"first", share_json(shares[s].first)}};
    }
  }
  return scenarios;
}

json pairwise_json(const std::vector<ScenarioDifference>& differences) {
  json pairwise = json::array();
  for (const auto& d : differences) {
    pairwise.push_back({{"a", d.a}, {"b", d.b}, {"difference", d.difference}, {"se", d.se},
                        {"ci95_low", d.ci95_low}, {"ci95_high", d.ci95_high},
                        {"simultaneous_low", d.simultaneous_low}, {"simultaneous_high", d.simultaneous_high}});
  }
  return pairwise;
}

// The simultaneous critical value, each scenario's rank set and the test that all means are equal.
json ranking_json(const ScenarioRanking& ranking, const std::vector<std::string>& scenario_names) {
  json ranks = json::array();
  for (std::size_t s = 0; s < ranking.ranks.size(); ++s) {
    ranks.push_back({{"scenario", scenario_names[s]}, {"best", ranking.ranks[s].best}, {"worst", ranking.ranks[s].worst}});
  }
  const auto& test = ranking.equal_means;
  return {{"level", 0.95},
          {"critical_value", ranking.critical_value},
          {"ranks", ranks},
          {"equal_means", {{"statistic", test.statistic}, {"df", test.degrees_of_freedom}, {"p_value", test.p_value}}}};
}

// Respondents against the population per weighting variable, before and after weighting.
json variables_json(const std::vector<VariableComparison>& representativeness) {
  json variables = json::array();
  for (const auto& v : representativeness) {
    json categories = json::array();
    for (const auto& c : v.categories) {
      categories.push_back({{"category", c.category},
                            {"population", c.population},
                            {"population_share", c.population_share},
                            {"n", c.respondents},
                            {"sample_share", c.sample_share},
                            {"weighted_share", c.weighted_share},
                            {"diff_pp", c.difference_pp},
                            {"representation_ratio", c.representation_ratio},
                            {"response_rate", optional_number(c.response_rate)},
                            {"partial_R_unconditional", optional_number(c.partial_r_unconditional)},
                            {"partial_R_conditional", optional_number(c.partial_r_conditional)},
                            {"asmd_before", c.asmd_before},
                            {"asmd_after", c.asmd_after}});
    }
    variables.push_back({{"variable", v.variable},
                         {"K", v.categories.size()},
                         {"categories", categories},
                         {"no_answer", v.no_answer},
                         {"dissimilarity_index", v.dissimilarity_index},
                         {"max_abs_dev_pp", v.max_abs_difference_pp},
                         {"chisq", v.chi_square},
                         {"df", v.degrees_of_freedom},
                         {"p_value", v.p_value},
                         {"cohens_w", v.cohens_w},
                         {"cramers_v", v.cramers_v},
                         {"partial_R_unconditional", optional_number(v.partial_r_unconditional)},
                         {"partial_R_conditional", optional_number(v.partial_r_conditional)},
                         {"weighted_max_abs_residual_share", v.weighted_max_abs_difference}});
  }
  return variables;
}

json overall_json(const WeighingResult& r) {
  json overall = nullptr;
  if (const auto& o = r.representativeness.overall) {
    overall = {{"CV_rho", o->cv_rho}, {"R_indicator", o->r_indicator}, {"S_rho", o->s_rho},
               {"rho_mean", o->rho_mean},
               {"base", o->invited_base ? "invited" : "population"},
               {"base_size", o->base},
               {"response_rate", o->rho_mean},
               {"max_rho", o->max_rho},
               {"R_indicator_applies", r_indicator_applies(*o)},
               {"R_indicator_ci95", o->r_interval ? json{o->r_interval->low, o->r_interval->high} : json(nullptr)},
               {"R_indicator_replicates", o->r_interval ? json{{"used", o->r_interval->replicates}, {"skipped", o->r_interval->skipped}} : json(nullptr)},
               {"propensity_source", o->invited_base
                                         ? "rho_i = N / (M x unbounded raking weight on population scale), M the codes issued"
                                         : "rho_i = 1 / (unbounded raking weight on population scale)"}};
  }
  return overall;
}

json holdout_json(const WeighingResult& r) {
  json checks = json::array();
  for (const auto& c : r.representativeness.holdout) {
    checks.push_back({{"variable", c.variable}, {"before_max_abs_dev_pp", c.before_pp}, {"after_others_max_abs_dev_pp", c.after_pp}});
  }
  return checks;
}

json bounds_effect_json(const WeighingResult& r) {
  if (!r.bounds_effect) return nullptr;
  const auto& e = *r.bounds_effect;
  json unbounded = json::object();
  for (std::size_t j = 0; j < e.unbounded_means.size(); ++j) unbounded[r.sample.scenarios[j]] = e.unbounded_means[j];
  return {{"share_at_lower", e.share_at_lower}, {"share_at_upper", e.share_at_upper},
          {"unbounded_weighted_mean", unbounded}, {"max_change", e.max_change}};
}

// One object per respondent, built member by member: an initializer list copies every value
// twice, which is most of the report's time for 100,000 respondents.
json weights_json(const WeighingResult& r) {
  json weights = json::array();
  auto& weight_list = weights.get_ref<json::array_t&>();
  weight_list.reserve(r.weights.size());
  for (std::size_t i = 0; i < r.weights.size(); ++i) {
    json entry(json::value_t::object);
    auto& members = entry.get_ref<json::object_t&>();
    members.emplace("id", r.sample.ids[i]);
    members.emplace("w", r.weights[i]);
    weight_list.push_back(std::move(entry));
  }
  return weights;
}

// The rank sets and the test, for the text report.
std::string ranking_text(const ScenarioRanking& ranking, const std::vector<std::string>& scenario_names) {
  std::ostringstream out;
  out << "\nRanks the data allow (all at once, 95%; simultaneous critical value " << fixed(ranking.critical_value, 3)
      << ")\n";
  for (std::size_t j = 0; j < ranking.ranks.size(); ++j) {
    const auto& rank = ranking.ranks[j];
    out << "  " << scenario_names[j] << ": " << rank.best;
    if (rank.worst != rank.best) out << " to " << rank.worst;
    out << "\n";
  }
  const auto& test = ranking.equal_means;
  out << "All scenarios equal (Wald): chi-square " << fixed(test.statistic, 2) << " on " << test.degrees_of_freedom
      << " df, p " << report_numbers::p_value(test.p_value) << "\n";
  return out.str();
}

}  // namespace

nlohmann::json weighing_json(const WeighingResult& r, RespondentWeights listed) {
  const Sample& s = r.sample;
  const json inputs = inputs_json(s);
  const json scenarios = scenarios_json(r.estimates.scenarios, r.estimates.shares);
  const json domains = domains_json(r.estimates.domains, r.estimates.domains_differ, s.scenarios);
  const json pairwise = pairwise_json(r.estimates.pairwise);
  double sum_of_means = 0;
  for (const auto& e : r.estimates.scenarios) sum_of_means += e.weighted_mean;
  const json variables = variables_json(r.representativeness.variables);
  const json overall = overall_json(r);
  const auto& w = r.summary;
  json report = {
      {"inputs", inputs},
      {"method", r.options.bounds ? "bounded_raking" : "raking"},
      {"bounds", r.options.bounds ? json{{"lower", r.options.bounds->lower}, {"upper", r.options.bounds->upper},
                                         {"scale", "weight / mean weight"}}
                                  : json(nullptr)},
      {"weights_scale", "weights sum to n (mean 1); population weight = w * population_total / n"},
      {"convergence", {{"passes", r.passes}, {"max_rel_margin_error", r.max_rel_margin_error}}},
      {"kish", {{"deff", r.kish_deff}, {"ess", r.effective_sample_size},
                {"ess_proportion", r.effective_sample_size / static_cast<double>(r.weights.size())}}},
      {"weight_summary", {{"min", w.min}, {"p01", w.p01}, {"p05", w.p05}, {"q1", w.q1}, {"median", w.median},
                          {"q3", w.q3}, {"p95", w.p95}, {"p99", w.p99}, {"max", w.max}, {"mean", w.mean},
                          {"sd", w.sd}, {"cv_pop", w.cv}, {"max_over_min", w.max_over_min}}},
      {"estimates", {{"scenarios", scenarios},
                     {"vcov", r.estimates.vcov},
                     {"sum_weighted_means", sum_of_means},
                     {"domain_variable", s.by.empty() ? json(nullptr) : json(s.by)},
                     {"min_domain_ess", r.options.min_domain_ess},
                     {"domains", domains},
                     {"domains_differ", domains_differ_json(r.estimates.domains_differ, s.scenarios)},
                     {"se_method", "linearization for calibrated weights (regression residuals on the "
                                   "weighting variables), one stage, with replacement, no fpc"}}},
      {"pairwise", pairwise},
      {"ranking", ranking_json(r.estimates.ranking, s.scenarios)},
      {"bounds_effect", bounds_effect_json(r)},
      {"representativeness", {{"variables", variables}, {"overall", overall}, {"holdout", holdout_json(r)}}}};
  // Moved in afterwards, not listed above: a braced list would copy the 100,000 entries.
  if (listed == RespondentWeights::listed) report["weights"] = weights_json(r);
  return report;
}

std::string weighing_text(const WeighingResult& r) {
  const Sample& s = r.sample;
  std::ostringstream out;
  out << "Weighting of " << s.ids.size() << " respondents";
  if (!s.dropped_ids.empty()) out << " (" << s.dropped_ids.size() << " left out: a weighting answer is missing)";
  if (s.kept_with_missing > 0) {
    out << " (" << s.kept_with_missing << " skipped a weighting question:";
    for (std::size_t v = 0; v < s.margins.size(); ++v) {
      if (s.skipped[v] > 0) out << " " << s.margins[v].variable << " " << s.skipped[v];
    }
    out << "; kept in a category '" << no_answer_label << "')";
  }
  out << "\nMethod: " << (r.options.bounds ? "bounded raking" : "raking") << " on";
  for (const auto& m : s.margins) out << " " << m.variable;
  if (r.options.bounds) {
    out << ", weights within " << r.options.bounds->lower << " and " << r.options.bounds->upper << " x the mean";
  }
  out << "\nConverged in " << r.passes << " passes; largest margin error " << r.max_rel_margin_error << "\n";
  if (const auto& e = r.bounds_effect) {
    out << "Weights at a bound: " << fixed(100 * e->share_at_lower, 1) << "% at the lower, " << fixed(100 * e->share_at_upper, 1)
        << "% at the upper; means differ from unbounded raking by at most " << fixed(e->max_change, 2) << " points\n";
  }
  for (const auto& warning : s.warnings) out << "Note: " << warning << "\n";

  out << "\nHow respondents compare with the population\n";
  if (const auto& o = r.representativeness.overall) {
    out << "  Variation of response propensities (CV): " << fixed(o->cv_rho, 3) << "  (0 = everyone equally likely to respond)\n";
    if (o->invited_base && !r_indicator_applies(*o)) {
      out << "  Response rate " << fixed(100 * o->rho_mean, 1) << "% of " << fixed(o->base, 0)
          << " invited; no R-indicator: some propensities exceed 1 (largest " << fixed(o->max_rho, 2)
          << "), so the model does not fit these figures\n";
    } else if (o->invited_base) {
      out << "  Response rate " << fixed(100 * o->rho_mean, 1) << "% of " << fixed(o->base, 0)
          << " invited; R-indicator " << fixed(o->r_indicator, 3);
      if (o->r_interval) out << " (95% bootstrap interval " << fixed(o->r_interval->low, 3) << " to " << fixed(o->r_interval->high, 3) << ")";
      out << " (1 = representative on these variables)\n";
    } else {
      out << "  R-indicator " << fixed(o->r_indicator, 3)
          << " on the population base, which looks good whenever response is low (give --invited)\n";
    }
  }
  for (const auto& v : r.representativeness.variables) {
    out << "  " << v.variable << ": dissimilarity " << fixed(100 * v.dissimilarity_index, 1)
        << "% of respondents would have to change category; Cramer's V " << fixed(v.cramers_v, 3) << "\n";
    for (const auto& c : v.categories) {
      out << "    " << c.category << ": population " << fixed(100 * c.population_share, 1) << "%, respondents "
          << fixed(100 * c.sample_share, 1) << "% (" << c.respondents << "), weighted "
          << fixed(100 * c.weighted_share, 1) << "%\n";
    }
  }
  out << "\nWeights: min " << fixed(r.summary.min, 3) << ", median " << fixed(r.summary.median, 3) << ", max "
      << fixed(r.summary.max, 3) << "; design effect " << fixed(r.kish_deff, 3) << ", effective sample size "
      << fixed(r.effective_sample_size, 0) << " of " << s.ids.size() << "\n";

  out << "\nMean points per scenario (95% interval)\n";
  for (const auto& e : r.estimates.scenarios) {
    out << "  " << e.scenario << ": weighted " << fixed(e.weighted_mean, 1) << " (" << fixed(e.ci95_low, 1) << " to "
        << fixed(e.ci95_high, 1) << "), unweighted " << fixed(e.unweighted_mean, 1) << "; "
        << fixed(100 * e.share_any_weighted, 0) << "% gave it points\n";
  }
  out << ranking_text(r.estimates.ranking, s.scenarios);
  out << domains_text(r);
  out << "\nWeights correct only for the variables above; if residents with different views differ in\n"
         "whether they respond within the same groups, weighting does not correct for that.\n";
  return out.str();
}

std::string weights_csv(const WeighingResult& r) {
  std::ostringstream out;
  out.precision(17);
  out << "id,weight\n";
  std::string id;
  for (std::size_t i = 0; i < r.weights.size(); ++i) {
    // The id comes from the respondents file (text); the weight is the program's number.
    id.clear();
    append_csv_cell(id, r.sample.ids[i], CellKind::text);
    out << id << "," << r.weights[i] << "\n";
  }
  return out.str();
}

}  // namespace mienskip
