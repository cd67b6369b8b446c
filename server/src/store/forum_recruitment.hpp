#pragma once

#include <pqxx/connection>
#include <string>
#include <vector>

#include "core/forum/recruitment.hpp"

namespace mienskip::store {

/// Per stratum of the forum's letters: how many were sent, how many a volunteer signed up with and
/// is still in, and how many of those withdrew (core/forum/recruitment turns them into rates).
/// Empty before the invitations are drawn. Throws Error `not_found` for no such forum.
std::vector<StratumCount> stratum_counts(pqxx::connection& connection, const std::string& slug);

}  // namespace mienskip::store
