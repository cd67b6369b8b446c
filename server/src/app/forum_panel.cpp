#include "app/forum_panel.hpp"

#include <algorithm>
#include <set>

#include "core/base/error.hpp"
#include "core/crypto/public_seed.hpp"
#include "core/forum/forum_pool.hpp"
#include "core/panel/alternates.hpp"
#include "core/panel/panel_drawable.hpp"
#include "core/panel/published_lottery.hpp"
#include "core/panel/seat_status.hpp"
#include "store/forum_selection_runs.hpp"

namespace mienskip::app {

namespace {

// The pool exactly as published (features.csv, candidates.csv), read as `mienskip select` reads it.
Pool published_pool(const store::StoredSelection& selection) {
  return read_pool_files({selection.features_csv, selection.candidates_csv});
}

// The pool without these volunteers; its input hash stays that of the published pool, which
// keys the alternates' random weights.
Pool without(Pool pool, const std::set<std::string>& left) {
  if (left.empty()) return pool;
  Pool kept = pool;
  kept.ids.clear();
  kept.values.clear();
  kept.household.clear();
  for (std::size_t i = 0; i < pool.ids.size(); ++i) {
    if (left.count(pool.ids[i])) continue;
    kept.ids.push_back(pool.ids[i]);
    kept.values.push_back(pool.values[i]);
    if (!pool.household.empty()) kept.household.push_back(pool.household[i]);
  }
  return kept;
}

// The dropouts as named: each a member of the panel as it is now, each once.
std::vector<std::size_t> indices_of(const Pool& pool, const std::vector<std::string>& ids) {
  std::vector<std::size_t> indices;
  for (const auto& id : ids) {
    indices.push_back(static_cast<std::size_t>(std::find(pool.ids.begin(), pool.ids.end(), id) - pool.ids.begin()));
  }
  return indices;
}

}  // namespace

std::map<std::string, nlohmann::json> selection_answers(const nlohmann::json& result) {
  std::map<std::string, nlohmann::json> answers;
  for (const auto& type : result.at("types")) {
    for (const auto& id : type.at("volunteers")) answers[id.get<std::string>()] = type.at("values");
  }
  return answers;
}

std::vector<std::string> PanelView::everyone() const {
  std::vector<std::string> ids = panel.drawn;
  for (const auto& round : panel.rounds) ids.insert(ids.end(), round.alternates.begin(), round.alternates.end());
  return ids;
}

PanelView panel_view(pqxx::connection& connection, const std::string& slug) {
  const auto forum_id = store::read_selection_input(connection, slug).forum_id;
  auto panel = store::find_panel(connection, slug);
  if (!panel) throw Error(error_codes::no_panel, "The panel of forum '" + slug + "' has not been drawn yet.");
  auto selection = store::find_selection(connection, slug);
  if (!selection || selection->run != panel->selection_run) {
    throw std::runtime_error("the selection a panel was drawn from is gone");
  }
  PanelView view{std::move(*panel), std::move(*selection), {}, {}, store::find_pool_unpublished(connection, slug), {}};
  view.answers = selection_answers(view.selection.result);
  view.contacts = store::volunteer_contacts(connection, forum_id, view.everyone());
  view.seats = store::find_seat_histories(connection, forum_id);
  return view;
}

PanelView draw_panel(pqxx::connection& connection, const std::string& slug, int lottery_number, const std::string& actor) {
  const auto input = store::read_selection_input(connection, slug);
  const auto selection = store::find_selection(connection, slug);
  const bool done = selection && selection->status == "done";
  // Checked here so that nothing is computed in vain, and again by the store under the forum's lock.
  const auto fixed = store::find_selection_history(connection, slug).fixed;
  require_panel_drawable({store::find_panel(connection, slug).has_value(), input.sign_up_closed, done,
                          done && store::is_stale(*selection, input), fixed && done && fixed->run == selection->run,
                          fixed && fixed->number_time_reached},
                         slug);
  // From the published files and lottery: exactly what anyone re-running them gets.
  const auto pool = published_pool(*selection);
  const auto types = group_types(pool);
  const auto lottery = published_lottery(selection->result, pool, types);
  std::vector<std::string> members;
  for (auto i : panel_for_ticket(pool, types, lottery, lottery_number)) members.push_back(pool.ids[i]);
  store::store_panel(connection, slug, selection->run, lottery_number, pool.input_sha256, members, actor);
  return panel_view(connection, slug);
}

PanelView record_seat_change(pqxx::connection& connection, const std::string& slug, const std::string& volunteer,
                             const nlohmann::json& body, const std::string& actor) {
  // Only the panel as it is now is needed for the check; the store checks it again under the lock.
  const auto panel = store::find_panel(connection, slug);
  if (!panel) throw Error(error_codes::no_panel, "The panel of forum '" + slug + "' has not been drawn yet.");
  store::record_seat_change(connection, slug, checked_seat_change(volunteer, body, panel->current()), actor);
  return panel_view(connection, slug);
}

PanelView replace_dropouts(pqxx::connection& connection, const std::string& slug,
                           const std::vector<std::string>& dropout_ids, const std::string& seed, const std::string& actor) {
  const auto checked_seed = public_seed(seed);
  const auto drawn = panel_view(connection, slug);
  const auto current = drawn.panel.current();
  const auto dropouts = checked_dropouts(dropout_ids, current);
  // Checked here so that no alternates are drawn in vain, and again by the store under the lock.
  replacement_reasons(dropouts, store::latest_statuses(drawn.seats));
  // Members who dropped out in an earlier round are not asked again: they leave the pool. The
  // first round uses the published pool unchanged, so `mienskip alternates` reproduces it.
  std::set<std::string> earlier;
  for (const auto& round : drawn.panel.rounds) earlier.insert(round.dropouts.begin(), round.dropouts.end());
  const auto pool = without(published_pool(drawn.selection), earlier);
  std::vector<std::string> alternates;
  for (auto i : draw_alternates(pool, drawn.selection.panel_size, indices_of(pool, current), indices_of(pool, dropouts),
                                checked_seed)) {
    alternates.push_back(pool.ids[i]);
  }
  const int round = static_cast<int>(drawn.panel.rounds.size()) + 1;
  store::store_round(connection, slug, {round, checked_seed, dropouts, alternates, "", "", {}}, actor);
  return panel_view(connection, slug);
}

}  // namespace mienskip::app
