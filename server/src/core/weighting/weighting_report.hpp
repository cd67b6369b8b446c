#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>

#include "core/weighting/weighting.hpp"

namespace mienskip {

/// Whether the JSON report lists every respondent's weight (`weights`: [{"id", "w"}, ...]): what
/// `mienskip weigh --format json` prints for joining to the analysts' data, but one entry per
/// response (6.6 MB for 100,000), which the results view in the staff app never shows.
enum class RespondentWeights { listed, left_out };

/// The full result as JSON for analysts and the admin app (field names as in the reference
/// values of R's survey package where there is one).
nlohmann::json weighing_json(const WeighingResult& result, RespondentWeights weights = RespondentWeights::listed);

/// A summary people read: what was weighted, how far the sample was from the population, and
/// the weighted results with their 95% intervals.
std::string weighing_text(const WeighingResult& result);

/// `id,weight` per respondent (weights with mean 1), for joining to the analysts' own data. An id
/// that starts like a spreadsheet formula gets a leading apostrophe (csv_cell); weights are numbers.
std::string weights_csv(const WeighingResult& result);

}  // namespace mienskip
