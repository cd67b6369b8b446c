#include "store/panel_statuses.hpp"

#include <algorithm>
#include <pqxx/pqxx>

#include "core/base/error.hpp"
#include "core/forum/forum_volunteers.hpp"
#include "store/audit_log.hpp"
#include "store/forum_selection.hpp"
#include "store/lookup.hpp"

namespace mienskip::store {

SeatHistories read_seat_histories(pqxx::transaction_base& tx, long long forum_id) {
  const auto rows = tx.exec_params(
      std::string("SELECT number, status, comment, changed_by, to_char(changed_at AT TIME ZONE 'UTC', ") + utc_format +
          ") FROM forum_panel_statuses WHERE forum_id = $1 ORDER BY id",
      forum_id);
  SeatHistories histories;
  for (const auto& row : rows) {
    SeatEntry entry;
    entry.status = parse_seat_status(row[1].as<std::string>()).value_or(SeatStatus::selected);
    if (!row[2].is_null()) entry.comment = row[2].as<std::string>();
    entry.changed_by = row[3].as<std::string>();
    entry.changed_at = row[4].as<std::string>();
    histories[volunteer_id(row[0].as<int>())].push_back(std::move(entry));
  }
  return histories;
}

SeatHistories find_seat_histories(pqxx::connection& connection, long long forum_id) {
  pqxx::read_transaction read(connection);
  return read_seat_histories(read, forum_id);
}

std::map<std::string, SeatStatus> latest_statuses(const SeatHistories& histories) {
  std::map<std::string, SeatStatus> latest;
  for (const auto& [id, entries] : histories) {
    if (!entries.empty()) latest[id] = entries.back().status;
  }
  return latest;
}

std::map<std::string, SeatStatus> read_latest_statuses(pqxx::transaction_base& tx, long long forum_id) {
  const auto rows = tx.exec_params(
      "SELECT DISTINCT ON (number) number, status FROM forum_panel_statuses WHERE forum_id = $1 ORDER BY number, id DESC",
      forum_id);
  std::map<std::string, SeatStatus> latest;
  for (const auto& row : rows) {
    latest[volunteer_id(row[0].as<int>())] = parse_seat_status(row[1].as<std::string>()).value_or(SeatStatus::selected);
  }
  return latest;
}

void record_seat_change(pqxx::connection& connection, const std::string& slug, const SeatChange& change,
                        const std::string& actor) {
  pqxx::work work(connection);
  const auto forum_id = store::forum_id(work, slug, RowLock::for_update);
  const auto panel = read_panel(work, forum_id);
  if (!panel) throw Error(error_codes::no_panel, "The panel of forum '" + slug + "' has not been drawn yet.");
  const auto current = panel->current();
  if (std::find(current.begin(), current.end(), change.volunteer) == current.end()) {
    throw Error(error_codes::invalid_panel_status, "'" + change.volunteer + "' left the panel meanwhile; look at the panel again.",
                {}, {{"field", "volunteer"}});
  }
  const auto from = seat_status_of(read_latest_statuses(work, forum_id), change.volunteer);
  work.exec_params(
      "INSERT INTO forum_panel_statuses (forum_id, number, status, comment, changed_by) VALUES ($1, $2, $3, $4, $5)",
      forum_id, *volunteer_number(change.volunteer), seat_status_name(change.status), change.comment, actor);
  audit(work, actor, "forum.panel_status_changed", "forum:" + slug,
        {{"volunteer", change.volunteer}, {"from", seat_status_name(from)}, {"to", seat_status_name(change.status)}});
  work.commit();
}

}  // namespace mienskip::store
