#pragma once

#include <string>

namespace mienskip {

/// What decides whether a forum's panel may be drawn now, as read from the store: checked once
/// before the panel is computed (app/forum_panel) and again under the forum's lock when it is stored
/// (store/forum_selection), with the same rule and the same words.
struct PanelDrawState {
  bool panel_drawn = false;      // a panel is drawn once
  bool sign_up_closed = false;   // nobody may join the pool once it can be drawn from
  bool selection_done = false;   // a finished selection to draw from
  bool selection_stale = false;  // its volunteers or quotas changed after it ran
};

/// Throws Error `panel_drawn`, `sign_up_open`, `no_selection` or `selection_stale` (the first that
/// applies, in that order), naming forum `slug`; returns when the panel may be drawn.
void require_panel_drawable(const PanelDrawState& state, const std::string& slug);

}  // namespace mienskip
