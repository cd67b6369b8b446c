#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/panel/panel_lottery.hpp"
#include "core/panel/pool.hpp"

namespace mienskip {

/// The ticket lottery as selection_json published it (`lottery.panels` with their ticket ranges
/// and seats per type), for drawing the panel from what was published rather than from a second
/// run of the solver. `pool` must be the pool the selection was computed from: its input hash and
/// types are checked against the JSON (Error `invalid_selection` otherwise).
TicketLottery published_lottery(const nlohmann::json& selection, const Pool& pool, const VolunteerTypes& types);

}  // namespace mienskip
