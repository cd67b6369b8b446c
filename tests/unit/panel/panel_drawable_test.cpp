// When a forum's panel may be drawn: the one rule app/forum_panel checks before computing a panel
// and store/forum_selection checks again under the forum's lock, with the first reason that applies.
#include <boost/test/unit_test.hpp>

#include "core/base/error.hpp"
#include "core/panel/panel_drawable.hpp"

using namespace mienskip;

namespace {

std::string refusal(const PanelDrawState& state) {
  try {
    require_panel_drawable(state, "burgerforum-energie");
  } catch (const Error& error) {
    return error.code();
  }
  return "drawable";
}

std::string fix_refusal(const PanelDrawState& state) {
  try {
    require_selection_fixable(state, "burgerforum-energie");
  } catch (const Error& error) {
    return error.code();
  }
  return "fixable";
}

PanelDrawState ready() {
  PanelDrawState state;
  state.sign_up_closed = true;
  state.selection_done = true;
  state.selection_fixed = true;
  state.number_time_reached = true;
  return state;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(panel_drawable)

BOOST_AUTO_TEST_CASE(a_closed_forum_with_a_current_selection_may_be_drawn) {
  BOOST_TEST(refusal(ready()) == "drawable");
}

BOOST_AUTO_TEST_CASE(each_missing_condition_is_refused_with_its_own_code) {
  auto drawn = ready();
  drawn.panel_drawn = true;
  BOOST_TEST(refusal(drawn) == "panel_drawn");
  auto open = ready();
  open.sign_up_closed = false;
  BOOST_TEST(refusal(open) == "sign_up_open");
  auto no_run = ready();
  no_run.selection_done = false;
  BOOST_TEST(refusal(no_run) == "no_selection");
  auto stale = ready();
  stale.selection_stale = true;
  BOOST_TEST(refusal(stale) == "selection_stale");
  auto unfixed = ready();
  unfixed.selection_fixed = false;
  BOOST_TEST(refusal(unfixed) == "selection_not_fixed");
  auto early = ready();
  early.number_time_reached = false;
  BOOST_TEST(refusal(early) == "number_too_early");
}

// Issue 18: the run the panel is drawn from is fixed once, from a closed pool and a current run.
BOOST_AUTO_TEST_CASE(the_latest_current_run_of_a_closed_pool_may_be_fixed_once) {
  auto state = ready();
  state.selection_fixed = false;
  state.number_time_reached = false;
  BOOST_TEST(fix_refusal(state) == "fixable");
  auto fixed = state;
  fixed.selection_fixed = true;
  BOOST_TEST(fix_refusal(fixed) == "selection_fixed");
  auto drawn = fixed;
  drawn.panel_drawn = true;
  BOOST_TEST(fix_refusal(drawn) == "panel_drawn");
  auto open = state;
  open.sign_up_closed = false;
  BOOST_TEST(fix_refusal(open) == "sign_up_open");
  auto stale = state;
  stale.selection_stale = true;
  BOOST_TEST(fix_refusal(stale) == "selection_stale");
}

BOOST_AUTO_TEST_CASE(a_drawn_panel_is_named_before_anything_else) {
  // A panel is drawn once: staff asking again learn that, not that sign-up reopened since.
  PanelDrawState state;
  state.panel_drawn = true;
  BOOST_TEST(refusal(state) == "panel_drawn");
  state.panel_drawn = false;
  BOOST_TEST(refusal(state) == "sign_up_open");
}

BOOST_AUTO_TEST_CASE(the_message_names_the_forum) {
  PanelDrawState state;
  try {
    require_panel_drawable(state, "burgerforum-energie");
    BOOST_FAIL("an open forum was drawable");
  } catch (const Error& error) {
    BOOST_TEST(std::string(error.what()).find("'burgerforum-energie'") != std::string::npos);
  }
}

BOOST_AUTO_TEST_SUITE_END()
