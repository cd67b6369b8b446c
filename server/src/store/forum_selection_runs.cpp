#include "store/forum_selection_runs.hpp"

#include <pqxx/pqxx>

#include "core/base/error.hpp"
#include "core/panel/panel_drawable.hpp"
#include "store/audit_log.hpp"
#include "store/forum_selection.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

namespace {

std::optional<std::string> optional_text(const pqxx::field& field) {
  return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

}  // namespace

std::vector<SelectionRun> read_selection_runs(pqxx::transaction_base& tx, long long forum_id) {
  const auto rows = tx.exec_params(
      std::string("SELECT run, algorithm, panel_size, volunteers, input_sha256, started_by, "
                  "to_char(started_at AT TIME ZONE 'UTC', ") + utc_format + "), outcome, result_sha256, "
                  "minimum_probability, error_code, to_char(finished_at AT TIME ZONE 'UTC', " + utc_format + ") "
                  "FROM forum_selection_runs WHERE forum_id = $1 ORDER BY run",
      forum_id);
  std::vector<SelectionRun> runs;
  for (const auto& row : rows) {
    SelectionRun r;
    r.run = row[0].as<long long>();
    r.algorithm = row[1].as<std::string>();
    r.panel_size = row[2].as<int>();
    r.volunteers = row[3].as<int>();
    r.input_sha256 = row[4].as<std::string>();
    r.started_by = row[5].as<std::string>();
    r.started_at = row[6].as<std::string>();
    r.outcome = optional_text(row[7]);
    r.result_sha256 = optional_text(row[8]);
    if (!row[9].is_null()) r.minimum_probability = row[9].as<double>();
    r.error_code = optional_text(row[10]);
    r.finished_at = optional_text(row[11]);
    runs.push_back(std::move(r));
  }
  return runs;
}

std::optional<FixedSelection> read_fixed_selection(pqxx::transaction_base& tx, long long forum_id) {
  const auto rows = tx.exec_params(
      std::string("SELECT run, input_sha256, result_sha256, fixed_by, to_char(fixed_at AT TIME ZONE 'UTC', ") + utc_format +
          "), to_char(number_not_before AT TIME ZONE 'UTC', " + utc_format + "), now() >= number_not_before "
          "FROM forum_selection_fixed WHERE forum_id = $1",
      forum_id);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return FixedSelection{row[0].as<long long>(), row[1].as<std::string>(), row[2].as<std::string>(),
                        row[3].as<std::string>(), row[4].as<std::string>(), row[5].as<std::string>(), row[6].as<bool>()};
}

SelectionHistory find_selection_history(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  const auto id = forum_id(read, slug);
  return {read_selection_runs(read, id), read_fixed_selection(read, id)};
}

namespace {

bool selection_is_fixed(pqxx::transaction_base& tx, long long forum_id) {
  return !tx.exec_params("SELECT 1 FROM forum_selection_fixed WHERE forum_id = $1", forum_id).empty();
}

}  // namespace

bool pool_is_final(pqxx::transaction_base& tx, long long forum_id) {
  return selection_is_fixed(tx, forum_id) || panel_exists(tx, forum_id);
}

void refuse_when_pool_final(pqxx::transaction_base& tx, long long forum_id, const std::string& slug, const std::string& why) {
  if (selection_is_fixed(tx, forum_id)) {
    throw Error(error_codes::selection_fixed, "The selection of forum '" + slug + "' is fixed: " + why + ".");
  }
  if (panel_exists(tx, forum_id)) {
    throw Error(error_codes::panel_drawn, "The panel of forum '" + slug + "' has been drawn: " + why + ".");
  }
}

void keep_run_started(pqxx::transaction_base& tx, long long forum_id, long long run, const std::string& algorithm,
                      int panel_size, int volunteers, const std::string& input_sha256, const std::string& actor) {
  tx.exec_params("UPDATE forum_selection_runs SET outcome = 'interrupted', error_code = 'interrupted', finished_at = now() "
                 "WHERE forum_id = $1 AND outcome IS NULL",
                 forum_id);
  tx.exec_params("INSERT INTO forum_selection_runs (forum_id, run, algorithm, panel_size, volunteers, input_sha256, started_by) "
                 "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                 forum_id, run, algorithm, panel_size, volunteers, input_sha256, actor);
}

void keep_run_outcome(pqxx::transaction_base& tx, long long forum_id, long long run, const std::string& outcome,
                      const std::optional<std::string>& result_sha256, std::optional<double> minimum_probability,
                      const std::optional<std::string>& error_code) {
  tx.exec_params("UPDATE forum_selection_runs SET outcome = $3, result_sha256 = $4, minimum_probability = $5, "
                 "error_code = $6, finished_at = now() WHERE forum_id = $1 AND run = $2 AND outcome IS NULL",
                 forum_id, run, outcome, result_sha256, minimum_probability, error_code);
}

FixedSelection fix_selection(pqxx::connection& connection, const std::string& slug, long long run,
                             std::chrono::seconds wait, const std::string& actor) {
  pqxx::work work(connection);
  const auto forum_id = store::forum_id(work, slug, RowLock::for_update);
  const auto selection = read_selection(work, forum_id);
  const auto input = read_selection_input(work, slug);
  require_selection_fixable({panel_exists(work, forum_id), input.sign_up_closed, selection && selection->status == "done",
                             selection && is_stale(*selection, input), selection_is_fixed(work, forum_id)},
                            slug);
  if (selection->run != run) {
    throw Error(error_codes::no_selection, "Run " + std::to_string(run) + " is no longer the latest selection of forum '" +
                                               slug + "' (run " + std::to_string(selection->run) + " is): nothing was fixed.");
  }
  const auto kept = work.exec_params1("SELECT result_sha256 FROM forum_selection_runs WHERE forum_id = $1 AND run = $2",
                                      forum_id, run);
  if (kept[0].is_null()) {  // a run finished before runs were kept (migration 0019) has no published hash
    throw Error(error_codes::selection_stale, "The selection of forum '" + slug + "' was computed before every run was "
                                              "kept: run it again, then fix that run.");
  }
  work.exec_params("INSERT INTO forum_selection_fixed (forum_id, run, input_sha256, result_sha256, fixed_by, number_not_before) "
                   "VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))",
                   forum_id, run, selection->input_sha256, kept[0].as<std::string>(), actor,
                   static_cast<long long>(wait.count()));
  auto fixed = *read_fixed_selection(work, forum_id);
  audit(work, actor, "forum.selection_fixed", "forum:" + slug,
        {{"run", run}, {"input_sha256", fixed.input_sha256}, {"result_sha256", fixed.result_sha256},
         {"number_not_before", fixed.number_not_before}});
  work.commit();
  return fixed;
}

}  // namespace mienskip::store
