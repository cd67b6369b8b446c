#pragma once

#include <optional>
#include <string>

#include "core/survey_response.hpp"
#include "store/connection_pool.hpp"
#include "store/surveys.hpp"
#include "web/attempt_limiter.hpp"

namespace mienskip::web {

/// What the survey API and the resident pages share: finding a survey, admitting a resident by
/// invitation code (rate-limited per client), storing drafts and responses. One code path, so the
/// pages and the API cannot apply different rules.
class SurveyService {
 public:
  SurveyService(store::ConnectionPool& database, std::string secret);

  /// Throws Error `not_found` for an unknown survey.
  store::StoredSurvey survey(const std::string& slug);

  /// The keyed hash of a valid code. Throws `too_many_requests` after repeated wrong codes from
  /// this client, `invalid_code` (wrong format or unknown) and, unless the caller is about to submit
  /// (where a retry of the stored response must still get its answer), `code_used`.
  std::string admit(const store::StoredSurvey& survey, const std::string& typed_code, const std::string& client,
                    bool submitting = false);

  store::Submission submit(const store::StoredSurvey& survey, const std::optional<std::string>& code_hash,
                           const std::string& idempotency_key, Language language, const ValidResponse& response);

  std::optional<nlohmann::json> draft(const store::StoredSurvey& survey, const std::string& code_hash);
  void save_draft(const store::StoredSurvey& survey, const std::string& code_hash, const nlohmann::json& answers);

 private:
  store::ConnectionPool& database_;
  const std::string secret_;
  AttemptLimiter code_attempts_;
};

}  // namespace mienskip::web
