#pragma once

#include <optional>
#include <vector>

#include "core/panel/volunteer_types.hpp"

namespace mienskip {

/// A panel within `bounds`, found by moving seats of `start` (a panel that met wider bounds) one
/// at a time: take a seat away from a type, give one to a type, or both at once, always the move
/// that most reduces how far the rows are outside their bounds (or keeps it, when nothing reduces
/// it, without undoing a recent move), preferring types with a larger `objective` for a seat.
/// The decomposition of the LEXIMIN relaxation needs a panel on a slightly smaller face at every
/// step, and the previous step's panel is often a few seats away from one: this finds it
/// without a linear program. Returns nullopt when every move makes it worse or
/// `max_moves` are made; the caller then searches with the linear program.
std::optional<PanelCounts> repair_panel(const PanelRows& rows, const PanelBounds& bounds, const PanelCounts& start,
                                        const std::vector<double>& objective, int max_moves = 20);

}  // namespace mienskip
