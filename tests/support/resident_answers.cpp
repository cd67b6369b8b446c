#include "support/resident_answers.hpp"

#include <numeric>
#include <stdexcept>

#include "core/invitations/invitation_code.hpp"

namespace mienskip::test {

store::Submission submit_with_code(pqxx::connection& connection, const store::StoredSurvey& survey,
                                   const std::string& secret, const std::string& code,
                                   const std::string& idempotency_key, Language language, const ResponseDraft& draft) {
  const auto checked = check_response(survey.survey, draft, language);
  if (!checked.response) throw std::runtime_error("the answer for key " + idempotency_key + " is refused");
  const std::string hash = invitation_code_hash(secret, *normalise_invitation_code(code));
  auto result = store::submit_response(connection, survey, hash, idempotency_key, language,
                                       response_json(survey.survey, *checked.response));
  if (result.replayed) throw std::runtime_error("the key " + idempotency_key + " was used before");
  return result;
}

std::map<std::string, std::string> points_in_proportion(const std::vector<std::string>& scenarios,
                                                        const std::vector<long>& raw, int budget) {
  const long total = std::accumulate(raw.begin(), raw.end(), 0L);
  std::map<std::string, std::string> allocations;
  int given = 0;
  for (std::size_t s = 0; s < raw.size(); ++s) {
    const int points = s + 1 == raw.size() ? budget - given : static_cast<int>(budget * raw[s] / total);
    given += points;
    if (points > 0) allocations[scenarios[s]] = std::to_string(points);
  }
  return allocations;
}

}  // namespace mienskip::test
