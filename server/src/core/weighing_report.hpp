#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>

#include "core/weighing.hpp"

namespace mienskip {

/// The full result as JSON for analysts and the admin app (field names as in the reference
/// values of R's survey package where there is one).
nlohmann::json weighing_json(const WeighingResult& result);

/// A summary people read: what was weighted, how far the sample was from the population, and
/// the weighted results with their 95% intervals.
std::string weighing_text(const WeighingResult& result);

/// `id,weight` per respondent (weights with mean 1), for joining to the analysts' own data.
std::string weights_csv(const WeighingResult& result);

}  // namespace mienskip
