#include "web/admin/panel_json.hpp"

#include <set>

#include "core/panel/seat_status.hpp"
#include "web/optional_json.hpp"

namespace mienskip::web {

namespace {

using nlohmann::json;

json seat_history_json(const app::PanelView& view, const std::string& id) {
  json history = json::array();
  const auto found = view.seats.find(id);
  if (found == view.seats.end()) return history;
  for (const auto& entry : found->second) {
    history.push_back({{"status", seat_status_name(entry.status)}, {"comment", text_or_null(entry.comment)},
                       {"changed_by", entry.changed_by}, {"changed_at", entry.changed_at}});
  }
  return history;
}

using Statuses = std::map<std::string, SeatStatus>;

// Each member in the order drawn, alternates after, with what every screen of the panel shows.
json members_json(const app::PanelView& view, const Statuses& latest) {
  std::set<std::string> dropped, alternates;
  for (const auto& round : view.panel.rounds) {
    dropped.insert(round.dropouts.begin(), round.dropouts.end());
    alternates.insert(round.alternates.begin(), round.alternates.end());
  }
  const store::VolunteerContact none;
  json members = json::array();
  for (const auto& id : view.everyone()) {
    const auto contact = view.contacts.find(id);
    const auto& details = contact == view.contacts.end() ? none : contact->second;
    members.push_back({{"id", id},
                       {"name", text_or_null(details.name)},
                       {"email", text_or_null(details.email)},
                       {"phone", text_or_null(details.phone)},
                       {"status", dropped.count(id) ? "dropout" : alternates.count(id) ? "alternate" : "member"},
                       {"seat_status", seat_status_name(seat_status_of(latest, id))},
                       {"seat_history", seat_history_json(view, id)}});
  }
  return members;
}

// Whether the panel as it is now is seated, and how many of it stand at each status.
json seats_json(const app::PanelView& view, const Statuses& latest) {
  json counts = json::object();
  for (const auto status : seat_statuses) counts[seat_status_name(status)] = 0;
  const auto current = view.panel.current();
  for (const auto& id : current) {
    auto& count = counts[seat_status_name(seat_status_of(latest, id))];
    count = count.get<int>() + 1;
  }
  return {{"seated", panel_seated(current, latest)}, {"seat_counts", counts}};
}

}  // namespace

json panel_json(const app::PanelView& view) {
  json rounds = json::array();
  for (const auto& round : view.panel.rounds) {
    rounds.push_back({{"round", round.round}, {"seed", round.seed}, {"dropouts", round.dropouts},
                      {"alternates", round.alternates}, {"reasons", round.reasons}, {"drawn_by", round.drawn_by},
                      {"drawn_at", round.drawn_at}});
  }
  const auto latest = store::latest_statuses(view.seats);
  json members = members_json(view, latest);
  for (auto& member : members) member["answers"] = view.answers.at(member["id"].get<std::string>());
  json panel = {{"lottery_number", view.panel.lottery_number},
                {"input_sha256", view.panel.input_sha256},
                {"algorithm", view.selection.algorithm},
                {"panel_size", view.selection.panel_size},
                {"drawn_by", view.panel.drawn_by},
                {"drawn_at", view.panel.drawn_at},
                {"members", members},
                {"rounds", rounds},
                {"pool_unpublished", view.unpublished ? json{{"at", view.unpublished->at}, {"by", view.unpublished->by}} : json()}};
  panel.update(seats_json(view, latest));
  return panel;
}

json panel_contacts_json(const app::PanelView& view, const std::string& forum_slug, const std::string& forum_name) {
  const auto latest = store::latest_statuses(view.seats);
  json contacts = {{"forum", {{"slug", forum_slug}, {"name", forum_name}}}, {"members", members_json(view, latest)}};
  contacts.update(seats_json(view, latest));
  return contacts;
}

}  // namespace mienskip::web
