#pragma once

#include <pqxx/connection>
#include <string>
#include <vector>

#include "core/base/netherlands_time.hpp"
#include "core/forum/register_composition.hpp"

namespace mienskip::app {

/// A quota category's values over one register column, as staff set quotas from facts.
struct RegisterCompositionView {
  std::string column;
  DutchTime reference_day;  // ages are reckoned on this Dutch day (the database's today)
  RegisterComposition composition;
};

/// The register of forum `slug` counted by `column` (store::register_values) and read against
/// `category_values` for a panel of `panel_size` (core register_composition). Reads only: nothing
/// is stored or audited, and no row leaves the database, only counts. Throws as
/// store::register_values does.
RegisterCompositionView register_composition(pqxx::connection& connection, const std::string& slug,
                                             const std::string& column, const std::vector<std::string>& category_values,
                                             int panel_size);

}  // namespace mienskip::app
