#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/panel/pool.hpp"
#include "core/panel/quota_feasibility.hpp"

namespace mienskip {

/// A burgerforum volunteer as the lottery sees them: the pseudonymous id (V0001) and the answers
/// to the quota questions, {category name: value}. Nothing that identifies the resident.
struct ForumVolunteer {
  std::string id;
  std::map<std::string, std::string> answers;
};

/// The selection's input as published on the verification page: a Sortition Foundation
/// features.csv (feature,value,min,max) and candidates.csv (id and one column per category).
struct PoolFiles {
  std::string features_csv;
  std::string candidates_csv;
};

/// The forum's quotas and volunteers (in pool order) written as the two files `mienskip select
/// --pool features.csv,candidates.csv` reads. A name, value or id that starts like a spreadsheet
/// formula gets a leading apostrophe (csv_cell), which read_foundation_pool takes off.
PoolFiles forum_pool_files(const std::vector<QuotaCategory>& categories, const std::vector<ForumVolunteer>& volunteers);

/// The pool in `files`, read with read_foundation_pool as `mienskip select` reads them, so that
/// its input hash is the one the CLI reports for the published files. Throws what the reader
/// throws: `empty_pool` without volunteers, `unknown_value` for an answer the quotas do not have.
Pool read_pool_files(const PoolFiles& files);

/// read_pool_files(forum_pool_files(categories, volunteers)).
Pool forum_pool(const std::vector<QuotaCategory>& categories, const std::vector<ForumVolunteer>& volunteers);

/// The quotas (saved, or a draft being edited) against the volunteers who have not withdrawn:
/// what the selection will have to work with, `mienskip select`'s verdict on forum_pool_files.
/// Without volunteers only the quotas' numbers can be checked. An answer the quotas do not have
/// (a value renamed after the volunteer signed up) is a conflict with forum_pool's error code.
QuotaFeasibility volunteer_feasibility(const std::vector<QuotaCategory>& categories, int panel_size,
                                       const std::vector<ForumVolunteer>& volunteers);

/// The bytes of `selection.json` as the verification page publishes a selection's result (what
/// `mienskip select --json` writes without a number), whose SHA-256 the kept run records.
std::string published_selection_json(const nlohmann::json& result);

}  // namespace mienskip
