#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/accounts/rights.hpp"
#include "store/account_grants.hpp"

namespace mienskip::web {

/// Tasks as the API shows them: [{"scope", "slug", "title", "role"}].
nlohmann::json grants_json(const std::vector<store::GrantView>& grants);

/// The tasks of a request's {"grants": [{"scope", "slug", "role"}]} (the shape the API description
/// checked). Throws Error `invalid_grant` for a role that does not belong to its scope.
std::vector<Grant> grants_from_json(const nlohmann::json& grants);

/// What `rights` allow on the forum `slug`, as the staff app decides its screens by: a subset of
/// ["manage", "call"] in that order.
nlohmann::json forum_may(const Rights& rights, const std::string& slug);
/// The same for the survey `slug`: a subset of ["read", "manage"].
nlohmann::json survey_may(const Rights& rights, const std::string& slug);

}  // namespace mienskip::web
