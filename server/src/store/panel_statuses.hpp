#pragma once

#include <map>
#include <optional>
#include <pqxx/connection>
#include <pqxx/transaction_base>
#include <string>
#include <vector>

#include "core/panel/seat_status.hpp"

namespace mienskip::store {

/// One recorded change of a panel member's status. The comment is gone (nullopt) once the
/// member's contact details were deleted.
struct SeatEntry {
  SeatStatus status = SeatStatus::selected;
  std::optional<std::string> comment;
  std::string changed_by, changed_at;
};

/// Every member's changes by volunteer id (V0012), oldest first; members without any are absent.
using SeatHistories = std::map<std::string, std::vector<SeatEntry>>;

SeatHistories read_seat_histories(pqxx::transaction_base& tx, long long forum_id);
SeatHistories find_seat_histories(pqxx::connection& connection, long long forum_id);

/// Each member's status now: the latest of its history.
std::map<std::string, SeatStatus> latest_statuses(const SeatHistories& histories);

/// The same read from the table without the histories (one row per member), for checks made
/// under the forum's lock.
std::map<std::string, SeatStatus> read_latest_statuses(pqxx::transaction_base& tx, long long forum_id);

/// Records `change` under the forum's lock, which rounds of alternates also take, and audits it
/// (`forum.panel_status_changed`: volunteer, from, to; the comment stays out of the audit log,
/// which is never deleted). Throws `no_panel` before the panel is drawn and `invalid_panel_status`
/// when the member left the panel meanwhile.
void record_seat_change(pqxx::connection& connection, const std::string& slug, const SeatChange& change,
                        const std::string& actor);

}  // namespace mienskip::store
