#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <pqxx/connection>
#include <string>

#include "app/selection_runner.hpp"
#include "core/panel/quota_feasibility.hpp"
#include "store/forum_selection.hpp"
#include "store/forum_selection_runs.hpp"

namespace mienskip::app {

/// A forum's selection as staff follow it: its latest run, if any, and whether the volunteers or
/// quotas changed since (then the run no longer describes the forum).
struct SelectionStatus {
  std::optional<store::StoredSelection> selection;
  store::SelectionHistory history;  // every kept run, and the one fixed for the panel
  int panel_size = 0;           // the forum's, when there is no run yet
  std::size_t volunteers = 0;   // the forum's, when there is no run yet
  bool stale = false;
};

SelectionStatus selection_status(pqxx::connection& connection, const std::string& slug);

/// What asking for a selection led to: a run recorded and queued, or nothing started because no
/// panel can meet the quotas (`infeasible` says why, for the quota editor).
struct SelectionRequest {
  std::optional<QuotaFeasibility> infeasible;
  SelectionStatus status;  // as recorded, before the runner can have finished
};

/// Records a selection run with `algorithm` ("leximin" or "maximin") on the forum's volunteers and
/// quotas as published (features.csv, candidates.csv) and queues it on `runner`. Throws Error
/// `no_volunteers`, and `answers_outside_quotas` when the quotas were changed after volunteers
/// signed up (staff resolve that in the quotas or the volunteers' answers, not here).
SelectionRequest start_selection(pqxx::connection& connection, SelectionRunner& runner, const std::string& slug,
                                 const std::string& algorithm, const std::string& actor);

/// Fixes run `run`, the forum's latest and done, as the one its panel is drawn from (issue 18): the
/// lottery number may be entered once it has been public for `wait`, and until the panel no new
/// run, withdrawal or quota change is accepted. Throws Error `selection_fixed`, `panel_drawn`,
/// `sign_up_open`, `no_selection` (also when `run` is no longer the latest), `selection_stale`.
SelectionStatus fix_selection(pqxx::connection& connection, const std::string& slug, long long run,
                              std::chrono::seconds wait, const std::string& actor);

}  // namespace mienskip::app
