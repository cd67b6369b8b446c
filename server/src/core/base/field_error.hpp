#pragma once

#include <string>

namespace mienskip {

/// One problem, tied to the field it concerns so a form can show it next to that field:
/// `allocations.markt-bepaalt`, `allocations` (the total), `demographics.age` in a resident's
/// response; `panel_size`, `categories[0].values[1].min` in a burgerforum's settings.
struct FieldError {
  std::string field;
  std::string code;     // points_not_whole, total_not_budget, min_above_max, duplicate_value, ...
  std::string message;  // in the resident's language on resident pages
};

}  // namespace mienskip
