#pragma once

#include <string>

namespace mienskip {

/// What decides whether a forum's selection may be fixed, and its panel drawn, as read from the
/// store: checked once before (app/forum_panel) and again under the forum's lock when it is stored
/// (store/forum_selection), with the same rule and the same words.
struct PanelDrawState {
  bool panel_drawn = false;          // a panel is drawn once
  bool sign_up_closed = false;       // nobody may join the pool once it can be drawn from
  bool selection_done = false;       // a finished selection to draw from
  bool selection_stale = false;      // its volunteers or quotas changed after it ran
  bool selection_fixed = false;      // staff fixed the run the panel is drawn from (issue 18)
  bool number_time_reached = false;  // the fixed run has been public for the waiting time
};

/// Throws Error `panel_drawn`, `selection_fixed` (it is fixed already), `sign_up_open`,
/// `no_selection` or `selection_stale` (the first that applies), naming forum `slug`; returns when
/// the latest run may be fixed as the one the panel is drawn from.
void require_selection_fixable(const PanelDrawState& state, const std::string& slug);

/// Throws Error `panel_drawn`, `sign_up_open`, `no_selection`, `selection_stale`,
/// `selection_not_fixed` or `number_too_early` (the first that applies, in that order), naming forum
/// `slug`; returns when the panel may be drawn.
void require_panel_drawable(const PanelDrawState& state, const std::string& slug);

}  // namespace mienskip
