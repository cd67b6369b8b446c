#pragma once

#include <map>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "core/survey/survey_response.hpp"
#include "store/surveys.hpp"

namespace mienskip::test {

/// Stores a resident's answer the way the web layer does: checked by the survey's rules, the
/// invitation code kept only as its hash under `secret`. Throws when the answer is refused or the
/// key was used before, so a fixture cannot silently store less than it meant to.
store::Submission submit_with_code(pqxx::connection& connection, const store::StoredSurvey& survey,
                                   const std::string& secret, const std::string& code,
                                   const std::string& idempotency_key, Language language, const ResponseDraft& draft);

/// The budget divided over the scenarios in proportion to `raw` (whole points, the remainder to the
/// last scenario), as a resident would type it: scenarios with 0 points left out.
std::map<std::string, std::string> points_in_proportion(const std::vector<std::string>& scenarios,
                                                        const std::vector<long>& raw, int budget = 100);

}  // namespace mienskip::test
