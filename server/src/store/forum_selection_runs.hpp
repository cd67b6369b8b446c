#pragma once

#include <chrono>
#include <optional>
#include <pqxx/connection>
#include <pqxx/transaction_base>
#include <string>
#include <vector>

namespace mienskip::store {

/// One kept run of a forum's selection (migration 0019): every run stays, and a finished one is
/// never changed, so anyone can see how often the selection was computed and with what.
struct SelectionRun {
  long long run = 0;
  std::string algorithm;
  int panel_size = 0, volunteers = 0;
  std::string input_sha256, started_by, started_at;  // ISO 8601 in UTC, by the database's clock
  std::optional<std::string> outcome;                 // done, failed, interrupted; none while computing
  std::optional<std::string> result_sha256;           // of the published selection.json (done runs)
  std::optional<double> minimum_probability;          // done runs
  std::optional<std::string> error_code, finished_at;
};

/// Every run of forum `forum_id`, oldest first.
std::vector<SelectionRun> read_selection_runs(pqxx::transaction_base& tx, long long forum_id);

/// The run staff fixed as the one the panel is drawn from, and from when the lottery number may
/// be entered.
struct FixedSelection {
  long long run = 0;
  std::string input_sha256, result_sha256, fixed_by, fixed_at, number_not_before;
  bool number_time_reached = false;  // by the database's clock, when this was read
};
std::optional<FixedSelection> read_fixed_selection(pqxx::transaction_base& tx, long long forum_id);

/// A forum's kept runs and its fixed run, if any, read together (the staff app, the verification
/// page). Throws Error `not_found` for no such forum.
struct SelectionHistory {
  std::vector<SelectionRun> runs;
  std::optional<FixedSelection> fixed;
};
SelectionHistory find_selection_history(pqxx::connection& connection, const std::string& slug);

/// Whether the pool the panel is drawn from is final: a run is fixed or a panel drawn (before
/// migration 0019 panels were drawn without a fixed run). Withdrawals, quota changes, a reopened
/// sign-up and new runs are refused from then on.
bool pool_is_final(pqxx::transaction_base& tx, long long forum_id);

/// Throws Error `selection_fixed` (or `panel_drawn` for a panel drawn before runs were fixed)
/// when the pool is final, saying `why` the request cannot change it.
void refuse_when_pool_final(pqxx::transaction_base& tx, long long forum_id, const std::string& slug, const std::string& why);

/// Keeps a new run (inside start_selection's transaction); a run still without outcome whose
/// server died is closed as interrupted first.
void keep_run_started(pqxx::transaction_base& tx, long long forum_id, long long run, const std::string& algorithm,
                      int panel_size, int volunteers, const std::string& input_sha256, const std::string& actor);

/// Records how a kept run ended: done with the published file's hash and smallest probability, or
/// failed with its error code. A run that already has an outcome is left as it is.
void keep_run_outcome(pqxx::transaction_base& tx, long long forum_id, long long run, const std::string& outcome,
                      const std::optional<std::string>& result_sha256, std::optional<double> minimum_probability,
                      const std::optional<std::string>& error_code);

/// Fixes run `run` as the one the panel is drawn from, in one transaction under the forum's lock,
/// open for the lottery number after `wait`, and audits it (`forum.selection_fixed`: run, input and
/// result hashes, number_not_before). Throws what core require_selection_fixable throws, and
/// `no_selection` when `run` is no longer the forum's latest run.
FixedSelection fix_selection(pqxx::connection& connection, const std::string& slug, long long run,
                             std::chrono::seconds wait, const std::string& actor);

}  // namespace mienskip::store
