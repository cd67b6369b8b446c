#pragma once

#include <string>
#include <vector>

#include "core/panel/pool.hpp"

namespace mienskip {

/// Replacements for panel members who dropped out.
///
/// The members who stay, stay; the dropouts and everyone else already on the panel are not
/// eligible; from the other volunteers as many are chosen as dropped out, such that the new panel
/// meets every quota and household rule. Among all such choices one is picked at random:
/// each candidate gets a random weight (DeterministicRandom keyed by
/// "mienskip-alternates" 0x00 input hash 0x00 seed, one `next64` per volunteer in pool order) and
/// the choice with the largest total weight wins (an integer program, CBC), so the same seed gives
/// the same replacements. Throws Error `no_alternates` when no replacement keeps the quotas.
std::vector<std::size_t> draw_alternates(const Pool& pool, int k, const std::vector<std::size_t>& panel,
                                         const std::vector<std::size_t>& dropouts, const std::string& seed);

/// The dropouts `ids` as named, each a member of `panel` and named once, at least one: the one rule
/// the staff app and `mienskip alternates` both apply. Throws Error `invalid_dropouts` otherwise.
std::vector<std::string> checked_dropouts(const std::vector<std::string>& ids, const std::vector<std::string>& panel);

}  // namespace mienskip
