#include "core/panel/panel_drawable.hpp"

#include "core/base/error.hpp"

namespace mienskip {

void require_panel_drawable(const PanelDrawState& state, const std::string& slug) {
  if (state.panel_drawn) {
    throw Error(error_codes::panel_drawn, "The panel of forum '" + slug + "' has already been drawn; a panel is drawn once.");
  }
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

}  // namespace mienskip
