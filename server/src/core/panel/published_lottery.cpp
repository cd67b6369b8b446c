#include "core/panel/published_lottery.hpp"

#include <nlohmann/json.hpp>

#include "core/base/error.hpp"

namespace mienskip {

TicketLottery published_lottery(const nlohmann::json& selection, const Pool& pool, const VolunteerTypes& types) {
  if (selection.value("input_sha256", "") != pool.input_sha256) {
    throw Error(error_codes::invalid_selection, "the selection was computed from other volunteers or quotas (input hash differs)");
  }
  const auto& published_types = selection.at("types");
  if (published_types.size() != types.size.size()) {
    throw Error(error_codes::invalid_selection, "the selection has other volunteer types than the pool");
  }
  for (std::size_t t = 0; t < types.size.size(); ++t) {
    for (std::size_t c = 0; c < pool.categories.size(); ++c) {
      const auto& category = pool.categories[c];
      if (published_types[t].at("values").at(category.name) != category.values[types.values[t][c]]) {
        throw Error(error_codes::invalid_selection, "type " + std::to_string(t) + " of the selection is not the pool's");
      }
    }
  }
  TicketLottery lottery;
  lottery.tickets = selection.at("lottery").at("tickets").get<int>();
  for (const auto& panel : selection.at("lottery").at("panels")) {
    PanelCounts counts(types.size.size(), 0);
    for (const auto& seats : panel.at("composition")) {
      counts.at(seats.at("type").get<std::size_t>()) = seats.at("seats").get<int>();
    }
    const int first = panel.at("first_ticket").get<int>();
    lottery.panels.push_back(std::move(counts));
    lottery.first.push_back(first);
    lottery.count.push_back(panel.at("last_ticket").get<int>() - first + 1);
  }
  if (lottery.panels.empty()) throw Error(error_codes::invalid_selection, "the selection has no ticket lottery");
  return lottery;
}

}  // namespace mienskip
