#pragma once

#include <map>
#include <cstddef>
#include <pqxx/pqxx>
#include <random>
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

/// Which answer of `count` the `response`th of a generated set gives to a question: the first
/// `cover` responses take every answer in turn, so each has respondents; later ones draw it from
/// `random` (minstd_rand is fully specified, so the draw is the same everywhere).
struct AnswerPicker {
  int response;
  int cover;
  std::minstd_rand& random;
  bool covering() const { return response < cover; }
  std::size_t operator()(std::size_t count) const {
    return covering() ? static_cast<std::size_t>(response) % count : static_cast<std::size_t>(random()) % count;
  }
};

}  // namespace mienskip::test
