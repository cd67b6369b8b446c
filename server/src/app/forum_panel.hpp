#pragma once

#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <pqxx/connection>
#include <string>
#include <vector>

#include "store/forum_selection.hpp"
#include "store/panel_statuses.hpp"
#include "store/published_pool.hpp"

namespace mienskip::app {

/// A forum's drawn panel as staff see it: the panel and its rounds of alternates, the selection it
/// was drawn from (for each member's answers), and the contact details of everyone it ever named.
struct PanelView {
  store::StoredPanel panel;
  store::StoredSelection selection;
  std::map<std::string, nlohmann::json> answers;  // by volunteer id, as the selection saw them
  std::map<std::string, store::VolunteerContact> contacts;
  std::optional<store::PoolUnpublished> unpublished;  // the answers taken off the public page
  store::SeatHistories seats;  // each member's recorded statuses, oldest first

  /// The drawn members and then every round's alternates, in that order.
  std::vector<std::string> everyone() const;
};

/// Each volunteer's answers as a selection's result (its `types`) records them, by volunteer id.
std::map<std::string, nlohmann::json> selection_answers(const nlohmann::json& result);

/// The panel of forum `slug`. Throws Error `no_panel` before it is drawn.
PanelView panel_view(pqxx::connection& connection, const std::string& slug);

/// Draws the panel with the publicly drawn `lottery_number` (0–999) from the forum's published
/// selection and lottery: exactly the panel anyone re-running the published files gets. Stored and
/// audited; throws Error `panel_drawn`, `sign_up_open`, `no_selection` or `selection_stale`
/// (core/panel/panel_drawable).
PanelView draw_panel(pqxx::connection& connection, const std::string& slug, int lottery_number, const std::string& actor);

/// Records a panel member's new status with its comment (`body`: {"status", "comment"}; checked
/// by core/panel/seat_status, Error `invalid_panel_status`), audited.
PanelView record_seat_change(pqxx::connection& connection, const std::string& slug, const std::string& volunteer,
                             const nlohmann::json& body, const std::string& actor);

/// Replaces the members `dropout_ids` (each a current member who declined or withdrew, named once;
/// Error `invalid_dropouts` otherwise) with alternates drawn with the public `seed` (core/panel/alternates) from the
/// published pool without earlier rounds' dropouts; stored as the next round and audited.
PanelView replace_dropouts(pqxx::connection& connection, const std::string& slug,
                           const std::vector<std::string>& dropout_ids, const std::string& seed, const std::string& actor);

}  // namespace mienskip::app
