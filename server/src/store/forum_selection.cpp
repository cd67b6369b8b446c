#include "store/forum_selection.hpp"

#include <cstdio>
#include <pqxx/pqxx>

#include "core/base/error.hpp"
#include "core/crypto/sha256.hpp"
#include "core/panel/panel_drawable.hpp"
#include "core/forum/forum_pool.hpp"
#include "core/forum/forum_settings.hpp"
#include "store/audit_log.hpp"
#include "store/forum_selection_runs.hpp"
#include "store/lookup.hpp"
#include "store/panel_statuses.hpp"

namespace mienskip::store {

namespace {

std::vector<std::string> id_list(const pqxx::field& field) {
  return nlohmann::json::parse(field.as<std::string>()).get<std::vector<std::string>>();
}

}  // namespace

std::optional<StoredSelection> read_selection(pqxx::transaction_base& tx, long long forum_id) {
  // A running row whose heartbeat stopped is reported as what it is: a run that will never end.
  const auto rows = tx.exec_params(
      std::string("SELECT run, CASE WHEN status = 'running' AND heartbeat_at < now() - make_interval(secs => $2) "
                  "THEN 'interrupted' ELSE status END, algorithm, stage, started_by, "
                  "to_char(started_at AT TIME ZONE 'UTC', ") + utc_format + "), "
                  "to_char(finished_at AT TIME ZONE 'UTC', " + utc_format + "), "
                  "extract(epoch FROM coalesce(finished_at, heartbeat_at, now()) - started_at)::float8, "
                  "panel_size, volunteers, input_sha256, features_csv, candidates_csv, result::text, error::text "
                  "FROM forum_selections WHERE forum_id = $1",
      forum_id, interrupted_after_seconds);
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  StoredSelection s;
  s.run = row[0].as<long long>();
  s.status = row[1].as<std::string>();
  s.algorithm = row[2].as<std::string>();
  s.stage = row[3].as<std::string>();
  s.started_by = row[4].as<std::string>();
  s.started_at = row[5].as<std::string>();
  if (!row[6].is_null()) s.finished_at = row[6].as<std::string>();
  s.elapsed_seconds = row[7].as<double>();
  s.panel_size = row[8].as<int>();
  s.volunteers = row[9].as<int>();
  s.input_sha256 = row[10].as<std::string>();
  s.features_csv = row[11].as<std::string>();
  s.candidates_csv = row[12].as<std::string>();
  if (!row[13].is_null()) s.result = nlohmann::json::parse(row[13].as<std::string>());
  if (!row[14].is_null()) s.error = nlohmann::json::parse(row[14].as<std::string>());
  if (s.status == "interrupted") {
    s.status = "failed";
    s.stage = "interrupted";
    s.error = {{"code", "interrupted"},
               {"message", "The server computing this selection stopped before it was done; start it again."}};
  }
  return s;
}


bool panel_exists(pqxx::transaction_base& tx, long long forum_id) {
  return !tx.exec_params("SELECT 1 FROM forum_panels WHERE forum_id = $1", forum_id).empty();
}

SelectionInput read_selection_input(pqxx::transaction_base& read, const std::string& slug) {
  const auto forum = read.exec_params(
      "SELECT id, panel_size, categories::text, sign_up_closed_at IS NOT NULL FROM forums WHERE slug = $1", slug);
  if (forum.empty()) throw Error(error_codes::not_found, "There is no forum '" + slug + "'.");
  SelectionInput input;
  input.forum_id = forum[0][0].as<long long>();
  input.panel_size = forum[0][1].as<int>();
  auto categories = check_quota_categories(nlohmann::json::parse(forum[0][2].as<std::string>()));
  if (!categories.value) throw std::runtime_error("forum " + slug + " has unreadable quotas");
  input.categories = std::move(*categories.value);
  input.sign_up_closed = forum[0][3].as<bool>();
  const auto rows = read.exec_params(
      "SELECT number, answers::text FROM forum_volunteers WHERE forum_id = $1 AND withdrawn_at IS NULL ORDER BY number",
      input.forum_id);
  for (const auto& row : rows) {
    ForumVolunteer volunteer{volunteer_id(row[0].as<int>()), {}};
    const auto answers = nlohmann::json::parse(row[1].as<std::string>());  // held: items() of a temporary dangles
    for (const auto& [category, value] : answers.items()) {
      if (value.is_string()) volunteer.answers[category] = value.get<std::string>();
    }
    input.volunteers.push_back(std::move(volunteer));
  }
  return input;
}

SelectionInput read_selection_input(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  return read_selection_input(read, slug);
}

bool is_stale(const StoredSelection& selection, const SelectionInput& input) {
  if (selection.panel_size != input.panel_size || input.volunteers.empty()) return true;
  try {
    return forum_pool(input.categories, input.volunteers).input_sha256 != selection.input_sha256;
  } catch (const Error&) {
    return true;  // the volunteers' answers no longer fit the quotas
  }
}

std::optional<StoredSelection> find_selection(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  return read_selection(read, forum_id(read, slug));
}

long long start_selection(pqxx::connection& connection, const std::string& slug, const SelectionStart& start,
                          const std::string& actor) {
  pqxx::work work(connection);
  const auto forum_id = store::forum_id(work, slug, RowLock::for_update);
  refuse_when_pool_final(work, forum_id, slug, "the panel is drawn from it, so it stays as published");
  const auto previous = read_selection(work, forum_id);
  if (previous && previous->status == "running") {
    throw Error(error_codes::selection_running, "A selection for forum '" + slug + "' is running (started by " +
                                         previous->started_by + " at " + previous->started_at + "); wait for it to finish.");
  }
  const auto run = work.exec_params(
      "INSERT INTO forum_selections (forum_id, run, status, algorithm, stage, started_by, panel_size, volunteers, "
      "input_sha256, features_csv, candidates_csv) VALUES ($1, 1, 'running', $2, 'queued', $3, $4, $5, $6, $7, $8) "
      "ON CONFLICT (forum_id) DO UPDATE SET run = forum_selections.run + 1, status = 'running', "
      "algorithm = EXCLUDED.algorithm, stage = 'queued', started_by = EXCLUDED.started_by, started_at = now(), "
      "heartbeat_at = now(), finished_at = NULL, panel_size = EXCLUDED.panel_size, volunteers = EXCLUDED.volunteers, "
      "input_sha256 = EXCLUDED.input_sha256, features_csv = EXCLUDED.features_csv, "
      "candidates_csv = EXCLUDED.candidates_csv, result = NULL, error = NULL RETURNING run",
      forum_id, start.algorithm, actor, start.panel_size, start.volunteers, start.input_sha256, start.files.features_csv,
      start.files.candidates_csv)[0][0].as<long long>();
  keep_run_started(work, forum_id, run, start.algorithm, start.panel_size, start.volunteers, start.input_sha256, actor);
  audit(work, actor, "forum.selection_started", "forum:" + slug,
        {{"run", run}, {"algorithm", start.algorithm}, {"input_sha256", start.input_sha256},
         {"panel_size", start.panel_size}, {"volunteers", start.volunteers}});
  work.commit();
  return run;
}

void beat_selection(pqxx::connection& connection, long long forum_id, long long run, const std::string& stage) {
  pqxx::work work(connection);
  work.exec_params("UPDATE forum_selections SET heartbeat_at = now(), stage = $3 "
                   "WHERE forum_id = $1 AND run = $2 AND status = 'running'",
                   forum_id, run, stage);
  work.commit();
}

void finish_selection(pqxx::connection& connection, long long forum_id, long long run, const nlohmann::json& result) {
  pqxx::work work(connection);
  const auto updated = work.exec_params(
      "UPDATE forum_selections s SET status = 'done', stage = 'done', finished_at = now(), heartbeat_at = now(), "
      "result = $3::jsonb WHERE forum_id = $1 AND run = $2 AND status = 'running' "
      "RETURNING started_by, (SELECT slug FROM forums WHERE id = s.forum_id), result::text",
      forum_id, run, result.dump());
  if (updated.empty()) return;
  // The hash of the file the verification page publishes, made from the result as stored.
  const auto published = published_selection_json(nlohmann::json::parse(updated[0][2].as<std::string>()));
  keep_run_outcome(work, forum_id, run, "done", sha256_hex(published), result.at("summary").at("min").get<double>(),
                   std::nullopt);
  audit(work, updated[0][0].as<std::string>(), "forum.selection_finished", "forum:" + updated[0][1].as<std::string>(),
        {{"run", run}, {"algorithm", result.at("algorithm")}, {"input_sha256", result.at("input_sha256")},
         {"minimum_probability", result.at("summary").at("min")}});
  work.commit();
}

void fail_selection(pqxx::connection& connection, long long forum_id, long long run, const std::string& code,
                    const std::string& message) {
  pqxx::work work(connection);
  const auto updated = work.exec_params(
      "UPDATE forum_selections s SET status = 'failed', stage = 'failed', finished_at = now(), heartbeat_at = now(), "
      "error = $3::jsonb WHERE forum_id = $1 AND run = $2 AND status = 'running' "
      "RETURNING started_by, (SELECT slug FROM forums WHERE id = s.forum_id)",
      forum_id, run, nlohmann::json{{"code", code}, {"message", message}}.dump());
  if (updated.empty()) return;
  keep_run_outcome(work, forum_id, run, "failed", std::nullopt, std::nullopt, code);
  audit(work, updated[0][0].as<std::string>(), "forum.selection_failed", "forum:" + updated[0][1].as<std::string>(),
        {{"run", run}, {"code", code}});
  work.commit();
}

std::vector<std::string> StoredPanel::current() const {
  std::vector<std::string> members = drawn;
  for (const auto& round : rounds) {
    for (const auto& id : round.dropouts) members.erase(std::remove(members.begin(), members.end(), id), members.end());
    members.insert(members.end(), round.alternates.begin(), round.alternates.end());
  }
  return members;
}

std::optional<StoredPanel> read_panel(pqxx::transaction_base& read, long long forum_id) {
  const auto rows = read.exec_params(
      std::string("SELECT selection_run, lottery_number, input_sha256, members::text, drawn_by, "
                  "to_char(drawn_at AT TIME ZONE 'UTC', ") + utc_format + ") FROM forum_panels WHERE forum_id = $1",
      forum_id);
  if (rows.empty()) return std::nullopt;
  StoredPanel panel;
  panel.selection_run = rows[0][0].as<long long>();
  panel.lottery_number = rows[0][1].as<int>();
  panel.input_sha256 = rows[0][2].as<std::string>();
  panel.drawn = id_list(rows[0][3]);
  panel.drawn_by = rows[0][4].as<std::string>();
  panel.drawn_at = rows[0][5].as<std::string>();
  const auto rounds = read.exec_params(
      std::string("SELECT round, seed, dropouts::text, alternates::text, drawn_by, to_char(drawn_at AT TIME ZONE 'UTC', ") +
          utc_format + "), coalesce(reasons, '{}')::text FROM forum_panel_rounds WHERE forum_id = $1 ORDER BY round",
      forum_id);
  for (const auto& row : rounds) {
    panel.rounds.push_back({row[0].as<int>(), row[1].as<std::string>(), id_list(row[2]), id_list(row[3]),
                            row[4].as<std::string>(), row[5].as<std::string>(),
                            nlohmann::json::parse(row[6].as<std::string>()).get<std::map<std::string, std::string>>()});
  }
  return panel;
}

std::optional<StoredPanel> find_panel(pqxx::connection& connection, const std::string& slug) {
  pqxx::read_transaction read(connection);
  return read_panel(read, forum_id(read, slug));
}

void store_panel(pqxx::connection& connection, const std::string& slug, long long run, int lottery_number,
                 const std::string& input_sha256, const std::vector<std::string>& members, const std::string& actor) {
  pqxx::work work(connection);
  const auto forum_id = store::forum_id(work, slug, RowLock::for_update);
  // Under the forum's lock, which withdrawals and quota changes also take: the selection checked
  // by the caller is still the forum's, and still describes its volunteers and quotas.
  const auto selection = read_selection(work, forum_id);
  if (selection && selection->run != run) {
    throw Error(error_codes::no_selection, "The selection changed while the panel was being drawn; nothing was drawn.");
  }
  const bool closed = !work.exec_params("SELECT 1 FROM forums WHERE id = $1 AND sign_up_closed_at IS NOT NULL", forum_id).empty();
  const auto fixed = read_fixed_selection(work, forum_id);
  require_panel_drawable({panel_exists(work, forum_id), closed, selection && selection->status == "done",
                          selection && is_stale(*selection, read_selection_input(work, slug)), fixed && fixed->run == run,
                          fixed && fixed->number_time_reached},
                         slug);
  const nlohmann::json ids = members;
  work.exec_params(
      "INSERT INTO forum_panels (forum_id, selection_run, lottery_number, input_sha256, members, drawn_by) "
      "VALUES ($1, $2, $3, $4, $5::jsonb, $6)",
      forum_id, run, lottery_number, input_sha256, ids.dump(), actor);
  audit(work, actor, "forum.panel_drawn", "forum:" + slug,
        {{"lottery_number", lottery_number}, {"input_sha256", input_sha256}, {"members", ids}});
  work.commit();
}

void store_round(pqxx::connection& connection, const std::string& slug, const PanelRound& round, const std::string& actor) {
  pqxx::work work(connection);
  const auto forum_id = store::forum_id(work, slug, RowLock::for_update);
  const auto last = work.exec_params("SELECT coalesce(max(round), 0) FROM forum_panel_rounds WHERE forum_id = $1", forum_id);
  if (last[0][0].as<int>() != round.round - 1) {
    throw Error(error_codes::conflict, "Another round of alternates was drawn meanwhile; look at the panel again.");
  }
  nlohmann::json reasons = nlohmann::json::object();
  for (const auto& [id, status] : replacement_reasons(round.dropouts, read_latest_statuses(work, forum_id))) {
    reasons[id] = seat_status_name(status);
  }
  const nlohmann::json dropouts = round.dropouts, alternates = round.alternates;
  work.exec_params(
      "INSERT INTO forum_panel_rounds (forum_id, round, seed, dropouts, alternates, drawn_by, reasons) "
      "VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7::jsonb)",
      forum_id, round.round, round.seed, dropouts.dump(), alternates.dump(), actor, reasons.dump());
  audit(work, actor, "forum.alternates_drawn", "forum:" + slug,
        {{"round", round.round}, {"seed", round.seed}, {"dropouts", dropouts}, {"alternates", alternates}, {"reasons", reasons}});
  work.commit();
}

std::map<std::string, VolunteerContact> volunteer_contacts(pqxx::connection& connection, long long forum_id,
                                                           const std::vector<std::string>& ids) {
  pqxx::read_transaction read(connection);
  const auto rows = read.exec_params("SELECT number, name, email, phone FROM forum_volunteers WHERE forum_id = $1", forum_id);
  std::map<std::string, VolunteerContact> contacts;
  for (const auto& row : rows) {
    const auto id = volunteer_id(row[0].as<int>());
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) continue;
    auto text = [](const pqxx::field& field) {
      return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
    };
    contacts[id] = {text(row[1]), text(row[2]), text(row[3])};
  }
  return contacts;
}

}  // namespace mienskip::store
