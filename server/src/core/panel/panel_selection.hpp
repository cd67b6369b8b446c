#pragma once

#include <chrono>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/panel/algorithms/leximin.hpp"
#include "core/panel/panel_lottery.hpp"
#include "core/panel/pool.hpp"

namespace mienskip {

struct SelectionOptions {
  std::string algorithm = "leximin";  // leximin, maximin or legacy
  std::optional<std::string> seed;    // draws the ticket number (or, for legacy, the panel)
  std::optional<int> lottery_number;  // a publicly drawn number 0-999 instead of a seed
  std::chrono::milliseconds time_limit{std::chrono::minutes(10)};
  int legacy_runs = 1000;
};

struct SelectionOutcome {
  std::string algorithm;
  int panel_size = 0;
  VolunteerTypes types;
  FairSelection fair;                    // leximin and maximin
  std::optional<TicketLottery> lottery;  // leximin and maximin
  std::vector<double> probability;       // per volunteer (estimated from runs for legacy)
  ProbabilitySummary summary;
  std::optional<ProbabilitySummary> after_rounding;
  std::optional<std::string> seed;
  std::optional<int> lottery_number;
  std::vector<std::size_t> panel;        // pool indices; empty when nothing was drawn yet
  double seconds = 0;
};

/// Checks the quotas (explaining infeasibility), computes the selection probabilities with the
/// chosen algorithm, rounds them to a 1,000-ticket lottery, and draws the panel when a seed or a
/// lottery number is given. Every panel is checked against the quotas before it is returned.
SelectionOutcome select_panel(const Pool& pool, int k, const SelectionOptions& options);

/// The outcome as JSON: probabilities per volunteer, summary figures, the distribution and ticket
/// lottery, the drawn panel, and what is needed to verify it (input hash, algorithm, version).
nlohmann::json selection_json(const Pool& pool, const SelectionOutcome& outcome, const std::string& version);

}  // namespace mienskip
