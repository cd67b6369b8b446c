#include "core/panel/panel_selection.hpp"

#include <nlohmann/json.hpp>

#include "core/base/error.hpp"
#include "core/panel/algorithms/legacy_selection.hpp"
#include "core/panel/quota_feasibility.hpp"

namespace mienskip {

namespace {

std::vector<double> per_volunteer(const VolunteerTypes& types, const std::vector<double>& type_probability) {
  std::vector<double> p;
  for (int t : types.type_of) p.push_back(type_probability[t]);
  return p;
}

std::vector<double> selectable_only(const std::vector<double>& probability, const VolunteerTypes& types,
                                    const std::vector<int>& never) {
  std::vector<double> kept;
  for (std::size_t i = 0; i < probability.size(); ++i) {
    if (std::find(never.begin(), never.end(), types.type_of[i]) == never.end()) kept.push_back(probability[i]);
  }
  return kept;
}

}  // namespace

SelectionOutcome select_panel(const Pool& pool, int k, const SelectionOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  SelectionOutcome outcome;
  outcome.algorithm = options.algorithm;
  outcome.seed = options.seed;
  outcome.panel_size = k;
  outcome.types = group_types(pool);
  const PanelSearch search(pool, outcome.types, k);
  require_feasible(pool, outcome.types, k, search);

  if (options.algorithm == "legacy") {
    const std::string seed = options.seed.value_or("");
    outcome.probability = legacy_probabilities(pool, k, seed, options.legacy_runs);
    outcome.summary = summarise_probabilities(outcome.probability);
    if (options.seed) {
      DeterministicRandom random(std::string("mienskip-legacy") + '\0' + pool.input_sha256 + '\0' + seed);
      const auto panel = legacy_panel(pool, k, random);
      if (!panel) throw Error(error_codes::quota_infeasible, "the LEGACY method found no panel that meets the quotas");
      outcome.panel = *panel;
    }
  } else if (options.algorithm == "leximin" || options.algorithm == "maximin") {
    const auto algorithm = options.algorithm == "leximin" ? SelectionAlgorithm::leximin : SelectionAlgorithm::maximin;
    outcome.fair = select_fairly(outcome.types, k, search, algorithm, options.time_limit);
    for (const auto& panel : outcome.fair.distribution.panels) {
      if (!meets_quotas(pool, outcome.types, k, panel)) {
        throw Error(error_codes::solver_failed, "a panel in the distribution breaks the quotas; please report this");
      }
    }
    outcome.probability = per_volunteer(outcome.types, outcome.fair.type_probability);
    outcome.summary = summarise_probabilities(selectable_only(outcome.probability, outcome.types, outcome.fair.never_selectable));
    outcome.lottery = round_to_tickets(outcome.types, outcome.fair.distribution, outcome.fair.never_selectable);
    outcome.after_rounding = summarise_probabilities(selectable_only(
        per_volunteer(outcome.types, outcome.lottery->type_probability), outcome.types, outcome.fair.never_selectable));
    if (options.lottery_number) {
      outcome.lottery_number = *options.lottery_number;
    } else if (options.seed) {
      outcome.lottery_number = ticket_for_seed(*options.seed, outcome.lottery->tickets);
    }
    if (outcome.lottery_number) {
      outcome.panel = panel_for_ticket(pool, outcome.types, *outcome.lottery, *outcome.lottery_number);
    }
  } else {
    throw Error(error_codes::usage, "the algorithm must be leximin, maximin or legacy, not '" + options.algorithm + "'");
  }

  if (!outcome.panel.empty()) {
    PanelCounts counts(outcome.types.size.size(), 0);
    for (auto i : outcome.panel) ++counts[outcome.types.type_of[i]];
    if (!meets_quotas(pool, outcome.types, k, counts)) {
      throw Error(error_codes::solver_failed, "the drawn panel breaks the quotas; please report this");
    }
  }
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return outcome;
}

nlohmann::json selection_json(const Pool& pool, const SelectionOutcome& outcome, const std::string& version) {
  using nlohmann::json;
  auto summary = [](const ProbabilitySummary& s) {
    return json{{"min", s.min}, {"max", s.max}, {"mean", s.mean}, {"gini", s.gini}, {"geometric_mean", s.geometric_mean}};
  };
  json probabilities = json::array();
  for (std::size_t i = 0; i < pool.ids.size(); ++i) {
    probabilities.push_back({{"id", pool.ids[i]}, {"probability", outcome.probability[i]}});
  }
  json result = {{"algorithm", outcome.algorithm},
                 {"version", version},
                 {"input_sha256", pool.input_sha256},
                 {"pool_size", pool.ids.size()},
                 {"panel_size", outcome.panel_size},
                 {"seconds", outcome.seconds},
                 {"summary", summary(outcome.summary)},
                 {"probabilities", probabilities}};
  if (outcome.algorithm == "legacy") {
    result["note"] = "LEGACY probabilities are estimated from repeated draws; LEGACY has no ticket lottery";
  } else {
    json never = json::array();
    json types = json::array();
    std::vector<json> members(outcome.types.size.size(), json::array());
    for (std::size_t i = 0; i < pool.ids.size(); ++i) members[outcome.types.type_of[i]].push_back(pool.ids[i]);
    for (std::size_t t = 0; t < outcome.types.size.size(); ++t) {
      json values = json::object();
      for (std::size_t c = 0; c < pool.categories.size(); ++c) {
        values[pool.categories[c].name] = pool.categories[c].values[outcome.types.values[t][c]];
      }
      types.push_back({{"type", t}, {"values", values}, {"volunteers", members[t]},
                       {"probability", outcome.fair.type_probability[t]}});
      if (std::find(outcome.fair.never_selectable.begin(), outcome.fair.never_selectable.end(), static_cast<int>(t)) !=
          outcome.fair.never_selectable.end()) {
        for (const auto& id : members[t]) never.push_back(id);
      }
    }
    auto composition = [](const PanelCounts& panel) {
      json list = json::array();
      for (std::size_t t = 0; t < panel.size(); ++t) {
        if (panel[t] > 0) list.push_back({{"type", t}, {"seats", panel[t]}});
      }
      return list;
    };
    json distribution = json::array();
    for (std::size_t p = 0; p < outcome.fair.distribution.panels.size(); ++p) {
      distribution.push_back({{"probability", outcome.fair.distribution.probability[p]},
                              {"composition", composition(outcome.fair.distribution.panels[p])}});
    }
    json tickets = json::array();
    const auto& lottery = *outcome.lottery;
    for (std::size_t p = 0; p < lottery.panels.size(); ++p) {
      tickets.push_back({{"first_ticket", lottery.first[p]}, {"last_ticket", lottery.first[p] + lottery.count[p] - 1},
                         {"composition", composition(lottery.panels[p])}});
    }
    result["optimal"] = outcome.fair.optimal;
    result["minimum_probability_upper_bound"] = outcome.fair.minimum_upper_bound;
    result["never_selectable"] = never;
    result["types"] = types;
    result["distribution"] = distribution;
    result["lottery"] = {{"tickets", lottery.tickets}, {"panels", tickets},
                         {"summary_after_rounding", summary(*outcome.after_rounding)}};
    result["search"] = {{"method", outcome.fair.method}, {"stages", outcome.fair.stages}, {"panels_generated", outcome.fair.panels_generated},
                        {"pricing_calls", outcome.fair.pricing_calls}};
  }
  json panel = json::array();
  for (auto i : outcome.panel) panel.push_back(pool.ids[i]);
  result["draw"] = outcome.panel.empty()
                       ? json(nullptr)
                       : json{{"seed", outcome.seed ? json(*outcome.seed) : json(nullptr)},
                              {"lottery_number", outcome.lottery_number ? json(*outcome.lottery_number) : json(nullptr)},
                              {"panel", panel}};
  return result;
}

}  // namespace mienskip
