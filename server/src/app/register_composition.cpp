#include "app/register_composition.hpp"

#include "store/register_values.hpp"

namespace mienskip::app {

RegisterCompositionView register_composition(pqxx::connection& connection, const std::string& slug,
                                             const std::string& column, const std::vector<std::string>& category_values,
                                             int panel_size) {
  const auto counted = store::register_values(connection, slug, column);
  const auto today = dutch_time(counted.counted_at);
  return {column, today, mienskip::register_composition(category_values, counted.values, panel_size, today)};
}

}  // namespace mienskip::app
