#include "core/panel/seat_status.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "core/base/error.hpp"
#include "core/base/text_field.hpp"

namespace mienskip {

namespace {

constexpr std::array<std::pair<SeatStatus, const char*>, 6> names = {{{SeatStatus::selected, "selected"},
                                                                       {SeatStatus::contacted, "contacted"},
                                                                       {SeatStatus::confirmed, "confirmed"},
                                                                       {SeatStatus::declined, "declined"},
                                                                       {SeatStatus::unreachable, "unreachable"},
                                                                       {SeatStatus::withdrawn, "withdrawn"}}};

}  // namespace

SeatStatus seat_status_of(const std::map<std::string, SeatStatus>& current, const std::string& volunteer) {
  const auto found = current.find(volunteer);
  return found == current.end() ? SeatStatus::selected : found->second;
}

const char* seat_status_name(SeatStatus status) {
  for (const auto& [value, name] : names) {
    if (value == status) return name;
  }
  return "selected";
}

std::optional<SeatStatus> parse_seat_status(const std::string& name) {
  for (const auto& [value, known] : names) {
    if (name == known) return value;
  }
  return std::nullopt;
}

SeatChange checked_seat_change(const std::string& volunteer, const nlohmann::json& body, const std::vector<std::string>& panel) {
  if (std::find(panel.begin(), panel.end(), volunteer) == panel.end()) {
    throw Error(error_codes::invalid_panel_status, "'" + volunteer + "' is not on the panel as it is now; a member who was "
                                                   "replaced keeps the status that led to the replacement.",
                {}, {{"field", "volunteer"}});
  }
  const auto status = body.is_object() && body.contains("status") && body["status"].is_string()
                          ? parse_seat_status(body["status"].get<std::string>())
                          : std::nullopt;
  if (!status) {
    throw Error(error_codes::invalid_panel_status, "The status must be one of selected, contacted, confirmed, declined, "
                                                   "unreachable or withdrawn.",
                {}, {{"field", "status"}});
  }
  std::vector<FieldError> errors;
  const auto comment = check_text(body, "comment", "comment", "The comment", max_seat_comment_characters, errors);
  if (!comment) {
    throw Error(error_codes::invalid_panel_status, errors.front().message + " Say what was tried or what the member said.",
                {}, {{"field", "comment"}, {"problem", errors.front().code}});
  }
  return {volunteer, *status, *comment};
}

std::map<std::string, SeatStatus> replacement_reasons(const std::vector<std::string>& dropouts,
                                                     const std::map<std::string, SeatStatus>& current) {
  std::map<std::string, SeatStatus> reasons;
  for (const auto& id : dropouts) {
    const auto status = seat_status_of(current, id);
    if (status != SeatStatus::declined && status != SeatStatus::withdrawn) {
      throw Error(error_codes::invalid_dropouts, "'" + id + "' is " + seat_status_name(status) + ": only members who declined "
                                                 "or withdrew are replaced. Record their answer first.",
                  {}, {{"volunteer", id}, {"status", seat_status_name(status)}});
    }
    reasons[id] = status;
  }
  return reasons;
}

bool panel_seated(const std::vector<std::string>& panel, const std::map<std::string, SeatStatus>& current) {
  return !panel.empty() && std::all_of(panel.begin(), panel.end(), [&current](const std::string& id) {
    return seat_status_of(current, id) == SeatStatus::confirmed;
  });
}

}  // namespace mienskip
