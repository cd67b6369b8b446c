#include "core/panel/alternates.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/crypto/deterministic_random.hpp"
#include "core/base/error.hpp"
#include "core/panel/panel_search.hpp"

namespace mienskip {

std::vector<std::size_t> draw_alternates(const Pool& pool, int k, const std::vector<std::size_t>& panel,
                                         const std::vector<std::size_t>& dropouts, const std::string& seed) {
  const std::set<std::size_t> on_panel(panel.begin(), panel.end());
  const std::set<std::size_t> gone(dropouts.begin(), dropouts.end());
  if (static_cast<int>(on_panel.size()) != k) {
    throw Error(error_codes::invalid_panel, "the panel has " + std::to_string(on_panel.size()) + " members, not " + std::to_string(k));
  }
  for (auto i : gone) {
    if (!on_panel.count(i)) throw Error(error_codes::invalid_panel, "dropout " + pool.ids[i] + " is not on the panel");
  }
  // Every volunteer is a type of their own here: the choice is about individuals.
  VolunteerTypes individuals;
  std::map<int, int> household_size;
  for (int h : pool.household) ++household_size[h];
  for (std::size_t i = 0; i < pool.ids.size(); ++i) {
    individuals.values.push_back(pool.values[i]);
    individuals.size.push_back(1);
    individuals.type_of.push_back(static_cast<int>(i));
    if (!pool.household.empty()) {
      individuals.household.push_back(household_size[pool.household[i]] > 1 ? pool.household[i] : -1);
    }
  }
  // Staying members weigh far more than any set of candidates, dropouts far less: with the panel
  // size fixed, the best panel keeps every stayer and no dropout whenever that is possible.
  DeterministicRandom random(std::string("mienskip-alternates") + '\0' + pool.input_sha256 + '\0' + seed);
  const double stay = 2.0 * static_cast<double>(pool.ids.size());
  std::vector<double> objective(pool.ids.size());
  for (std::size_t i = 0; i < pool.ids.size(); ++i) {
    const double weight = static_cast<double>(random.next64() >> 11) / 9007199254740992.0;  // [0, 1)
    objective[i] = gone.count(i) ? -stay : on_panel.count(i) ? stay : weight;
  }
  const PanelSearch search(pool, individuals, k);
  const auto best = search.best(objective);
  std::vector<std::size_t> replacements;
  bool kept_everyone = best.has_value();
  if (best) {
    for (std::size_t i = 0; i < pool.ids.size(); ++i) {
      const bool chosen = (*best)[i] > 0;
      if (on_panel.count(i) && !gone.count(i) && !chosen) kept_everyone = false;
      if (gone.count(i) && chosen) kept_everyone = false;
      if (chosen && !on_panel.count(i)) replacements.push_back(i);
    }
  }
  if (!kept_everyone || replacements.size() != gone.size()) {
    throw Error(error_codes::no_alternates, "no volunteers can replace these dropouts while the panel keeps every quota; "
                                 "consider relaxing a quota or redrawing the panel");
  }
  return replacements;
}

std::vector<std::string> checked_dropouts(const std::vector<std::string>& ids, const std::vector<std::string>& panel) {
  if (ids.empty()) throw Error(error_codes::invalid_dropouts, "Name at least one member who dropped out.");
  std::vector<std::string> dropouts;
  for (const auto& id : ids) {
    if (std::find(panel.begin(), panel.end(), id) == panel.end()) {
      throw Error(error_codes::invalid_dropouts, "'" + id + "' is not a member of the panel as it is now.");
    }
    if (std::find(dropouts.begin(), dropouts.end(), id) != dropouts.end()) {
      throw Error(error_codes::invalid_dropouts, "'" + id + "' is named twice.");
    }
    dropouts.push_back(id);
  }
  return dropouts;
}

}  // namespace mienskip
