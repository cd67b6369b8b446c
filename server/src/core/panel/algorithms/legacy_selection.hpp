#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/crypto/deterministic_random.hpp"
#include "core/panel/pool.hpp"

namespace mienskip {

/// The Sortition Foundation's original greedy method ("LEGACY"), for comparison with LEXIMIN.
///
/// Seat by seat it takes the quota value that most urgently needs people (the largest
/// (min - selected) / remaining), draws a volunteer with that value uniformly, and removes
/// volunteers whose values have reached their max (and the rest of the household). An attempt
/// that runs into a dead end is started again, at most `attempts` times. Returns pool indices,
/// or nullopt when every attempt failed.
std::optional<std::vector<std::size_t>> legacy_panel(const Pool& pool, int k, DeterministicRandom& random,
                                                     int attempts = 100);

/// Selection probabilities under LEGACY, estimated from `runs` draws (it has no closed form).
std::vector<double> legacy_probabilities(const Pool& pool, int k, const std::string& seed, int runs);

}  // namespace mienskip
