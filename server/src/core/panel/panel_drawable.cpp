#include "core/panel/panel_drawable.hpp"

#include "core/base/error.hpp"

namespace mienskip {

namespace {

void require_finished_pool(const PanelDrawState& state, const std::string& slug) {
  if (!state.sign_up_closed) {
    throw Error(error_codes::sign_up_open, "Sign-up for forum '" + slug + "' is still open: close it before drawing the panel.");
  }
  if (!state.selection_done) {
    throw Error(error_codes::no_selection, "Forum '" + slug + "' has no finished selection to draw the panel from.");
  }
  if (state.selection_stale) {
    throw Error(error_codes::selection_stale, "The volunteers or quotas changed after the selection was computed: run the "
                                              "selection again and publish it before drawing the panel.");
  }
}

void refuse_drawn_panel(const PanelDrawState& state, const std::string& slug) {
  if (state.panel_drawn) {
    throw Error(error_codes::panel_drawn, "The panel of forum '" + slug + "' has already been drawn; a panel is drawn once.");
  }
}

}  // namespace

void require_selection_fixable(const PanelDrawState& state, const std::string& slug) {
  refuse_drawn_panel(state, slug);
  if (state.selection_fixed) {
    throw Error(error_codes::selection_fixed, "The selection of forum '" + slug + "' is fixed already: the panel is drawn "
                                              "from it, and it stays as published.");
  }
  require_finished_pool(state, slug);
}

void require_panel_drawable(const PanelDrawState& state, const std::string& slug) {
  refuse_drawn_panel(state, slug);
  require_finished_pool(state, slug);
  if (!state.selection_fixed) {
    throw Error(error_codes::selection_not_fixed, "Fix the selection of forum '" + slug + "' first: the panel is drawn from "
                                                  "the run that was public before the number was known.");
  }
  if (!state.number_time_reached) {
    throw Error(error_codes::number_too_early, "The selection of forum '" + slug + "' was fixed too recently: the lottery "
                                               "number may be entered once it has been public for the waiting time.");
  }
}

}  // namespace mienskip
