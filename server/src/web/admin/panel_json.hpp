#pragma once

#include <nlohmann/json.hpp>

#include "app/forum_panel.hpp"

namespace mienskip::web {

/// The drawn panel as staff who manage the forum see it: number, rounds (with why each dropout was
/// replaced), and every member and alternate with answers, contact details, place on the panel
/// (`status`: member, dropout, alternate), status on the way to a seat (`seat_status`, with its
/// `seat_history`), and whether the panel is `seated` (every member confirmed) with `seat_counts`.
nlohmann::json panel_json(const app::PanelView& view);

/// What a caller sees: the forum, and each member's name, contact details, place and seat status
/// with its history; nothing of their answers or of how the lottery went.
nlohmann::json panel_contacts_json(const app::PanelView& view, const std::string& forum_slug, const std::string& forum_name);

}  // namespace mienskip::web
