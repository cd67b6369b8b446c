#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/pool.hpp"

namespace mienskip {

/// A burgerforum volunteer as the lottery sees them: the pseudonymous id (V0001) and the answer
/// to each quota category, by category name.
struct ForumVolunteer {
  std::string id;
  std::map<std::string, std::string> answers;
};

/// The Sortition Foundation files `mienskip select --pool DIR` reads: features.csv
/// (feature,value,min,max) from the forum's quotas and candidates.csv (id, one column per
/// category) from its volunteers. Anyone can rerun the selection on exactly these files.
struct PoolFiles {
  std::string features_csv;
  std::string candidates_csv;
};

PoolFiles forum_pool_files(const std::vector<QuotaCategory>& categories, const std::vector<ForumVolunteer>& volunteers);

/// The pool read from forum_pool_files by read_foundation_pool, so that the server selects from
/// the same input as the CLI would. Throws as read_foundation_pool does (`unknown_value` for an
/// answer the quotas do not have, `empty_pool` without volunteers).
Pool forum_pool(const std::vector<QuotaCategory>& categories, const std::vector<ForumVolunteer>& volunteers);

}  // namespace mienskip
