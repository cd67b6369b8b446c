#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/base/field_error.hpp"
#include "core/survey/survey_response.hpp"
#include "store/connection_pool.hpp"
#include "store/surveys.hpp"
#include "app/attempt_limiter.hpp"

namespace mienskip::app {

/// A response as the survey API receives it, before anything is checked.
struct SentResponse {
  std::optional<nlohmann::json> code;  // the invitation code member, when it was sent
  nlohmann::json idempotency_key;      // null when it was not sent
  Language language = Language::nl;
  ResponseDraft answers;
};

/// What submitting a sent response came to: the problems per field (nothing was stored), or the
/// stored (or, for a retry with the same key, the earlier) response.
struct SubmitOutcome {
  std::vector<FieldError> problems;
  store::Submission stored;
};

/// What the survey API and the resident pages share: finding a survey, admitting a resident by
/// invitation code (rate-limited per client), storing drafts and responses. One code path, so the
/// pages and the API cannot apply different rules.
class SurveyService {
 public:
  SurveyService(store::ConnectionPool& database, std::string secret);

  /// Throws Error `not_found` for an unknown survey or a draft. Kept in memory for a few seconds:
  /// every page view needs it, and its status is checked again in the database when an answer is
  /// stored.
  std::shared_ptr<const store::StoredSurvey> survey(const std::string& slug);

  /// Drops the cached copy, after staff changed the survey on this server.
  void forget(const std::string& slug);

  /// The keyed hash of a valid, unused code, for the page where a resident enters it. Throws
  /// `too_many_requests` after repeated wrong codes from this client, `invalid_code` (wrong format
  /// or unknown) and `code_used`.
  std::string admit(const store::StoredSurvey& survey, const std::string& typed_code, const std::string& client);

  /// The keyed hash of a code as typed, without asking the database (submit does, in the same
  /// transaction as the insert). Throws `too_many_requests` and `invalid_code` (wrong format).
  std::string code_hash(const std::string& typed_code, const std::string& client);

  /// Stores the response (see store::submit_response); an unknown code counts as a wrong attempt.
  store::Submission submit(const store::StoredSurvey& survey, const std::optional<std::string>& code_hash,
                           const std::string& idempotency_key, Language language, const ValidResponse& response,
                           const std::string& client);

  /// Checks everything a sent response carries (its idempotency key, the code when the survey
  /// needs one and only then, every answer) and, when all is right, stores it as submit does.
  /// Problems a resident can correct come back per field; too_many_requests, code_used and
  /// survey_closed are thrown, since correcting a field does not help.
  SubmitOutcome submit_sent(const store::StoredSurvey& survey, const SentResponse& sent, const std::string& client);

  std::optional<nlohmann::json> draft(const store::StoredSurvey& survey, const std::string& code_hash);
  /// Stores the half-filled form of a code. An unknown code throws `invalid_code` and counts as a
  /// wrong attempt, as in admit and submit: saving must not tell made-up codes from issued ones
  /// more often than entering them does.
  void save_draft(const store::StoredSurvey& survey, const std::string& code_hash, const nlohmann::json& answers,
                  const std::string& client);

 private:
  store::ConnectionPool& database_;
  const std::string secret_;
  AttemptLimiter code_attempts_;
  struct Cached {
    std::shared_ptr<const store::StoredSurvey> survey;
    std::chrono::steady_clock::time_point loaded;
  };
  std::mutex cache_mutex_;
  std::map<std::string, Cached> cache_;
};

}  // namespace mienskip::app
