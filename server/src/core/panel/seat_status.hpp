#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace mienskip {

/// Where a panel member stands on the way from selected to seated. Every member starts as
/// `selected`; staff who call or write record each answer with a comment.
enum class SeatStatus { selected, contacted, confirmed, declined, unreachable, withdrawn };

/// Every status, in the order a member moves through them (counts and lists show them so).
inline constexpr std::array<SeatStatus, 6> seat_statuses = {SeatStatus::selected, SeatStatus::contacted,
                                                           SeatStatus::confirmed, SeatStatus::declined,
                                                           SeatStatus::unreachable, SeatStatus::withdrawn};

/// The status's name as stored, sent and shown in the API ("confirmed").
const char* seat_status_name(SeatStatus status);
std::optional<SeatStatus> parse_seat_status(const std::string& name);

/// Member `volunteer`'s status in `current` (each member's latest recorded status): `selected`
/// for a member without a record.
SeatStatus seat_status_of(const std::map<std::string, SeatStatus>& current, const std::string& volunteer);

/// A member's status changes on the panel as it is now, one change at a time, each with why.
struct SeatChange {
  std::string volunteer;  // V0012
  SeatStatus status = SeatStatus::selected;
  std::string comment;  // what the member said or what was tried, one line
};

/// The longest comment, in characters: a call's note, not a file.
inline constexpr std::size_t max_seat_comment_characters = 500;

/// The change `body` asks for ({"status": "declined", "comment": "..."}) for member `volunteer`,
/// who must be on `panel` (the panel as it is now: replaced members' statuses are history). Throws
/// Error `invalid_panel_status` naming what is wrong: an unknown status, a missing or blank
/// comment, a comment over 500 characters or with control characters, a volunteer not on the panel.
SeatChange checked_seat_change(const std::string& volunteer, const nlohmann::json& body, const std::vector<std::string>& panel);

/// Why each of `dropouts` is to be replaced: its status, which must be `declined` or `withdrawn`
/// (`current` holds each member's latest status; a member without one is still `selected`).
/// Throws Error `invalid_dropouts` for a member who has not declined or withdrawn: a replacement
/// needs a recorded reason, which the verification page publishes.
std::map<std::string, SeatStatus> replacement_reasons(const std::vector<std::string>& dropouts,
                                                     const std::map<std::string, SeatStatus>& current);

/// Whether every member of `panel` has confirmed: the panel is seated.
bool panel_seated(const std::vector<std::string>& panel, const std::map<std::string, SeatStatus>& current);

}  // namespace mienskip
