#include "app/survey_service.hpp"

#include "core/base/error.hpp"
#include "core/invitations/invitation_code.hpp"

namespace mienskip::app {

SurveyService::SurveyService(store::ConnectionPool& database, std::string secret)
    : database_(database), secret_(std::move(secret)), code_attempts_(10, std::chrono::minutes(10)) {}

namespace {
// Long enough to spare the database on busy pages, short enough that a closed or corrected survey
// shows within moments on every server instance.
constexpr std::chrono::seconds survey_cache_time{5};
}  // namespace

std::shared_ptr<const store::StoredSurvey> SurveyService::survey(const std::string& slug) {
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(cache_mutex_);
    const auto found = cache_.find(slug);
    if (found != cache_.end() && now - found->second.loaded < survey_cache_time) return found->second.survey;
  }
  auto connection = database_.acquire();
  auto found = store::find_survey(*connection, slug);
  // A draft is still being written by staff: residents must not see half-finished texts.
  if (!found || found->draft) throw Error(error_codes::not_found, "There is no survey at this address.");
  auto survey = std::make_shared<const store::StoredSurvey>(std::move(*found));
  std::lock_guard lock(cache_mutex_);
  if (cache_.size() > 1000) cache_.clear();  // slugs are few; this only bounds a flood of made-up ones
  cache_[slug] = {survey, now};
  return survey;
}

void SurveyService::forget(const std::string& slug) {
  std::lock_guard lock(cache_mutex_);
  cache_.erase(slug);
}

std::string SurveyService::code_hash(const std::string& typed_code, const std::string& client) {
  if (code_attempts_.blocked(client)) {
    throw Error(error_codes::too_many_requests, "Too many wrong codes were tried. Please wait ten minutes and try again.");
  }
  const auto code = normalise_invitation_code(typed_code);
  if (!code) {
    code_attempts_.record_failure(client);
    throw Error(error_codes::invalid_code, "This is not an invitation code: a code has 12 letters and digits, as on your letter.");
  }
  return invitation_code_hash(secret_, *code);
}

std::string SurveyService::admit(const store::StoredSurvey& survey, const std::string& typed_code,
                                 const std::string& client) {
  const std::string hash = code_hash(typed_code, client);
  auto connection = database_.acquire();
  switch (store::invitation_code_state(*connection, survey.id, hash)) {
    case store::CodeState::unknown:
      code_attempts_.record_failure(client);
      throw Error(error_codes::invalid_code, "This invitation code is not valid for this survey. Check it against your letter.");
    case store::CodeState::used:
      throw Error(error_codes::code_used, "This invitation code has already been used to answer this survey.");
    case store::CodeState::unused:
      break;
  }
  return hash;
}

store::Submission SurveyService::submit(const store::StoredSurvey& survey, const std::optional<std::string>& code_hash,
                                        const std::string& idempotency_key, Language language,
                                        const ValidResponse& response, const std::string& client) {
  auto connection = database_.acquire();
  try {
    return store::submit_response(*connection, survey, code_hash, idempotency_key, language,
                                  response_json(survey.survey, response));
  } catch (const Error& e) {
    if (e.code() == error_codes::invalid_code) code_attempts_.record_failure(client);
    throw;
  }
}

namespace {

std::optional<FieldError> idempotency_key_problem(const nlohmann::json& key) {
  if (key.is_string() && key.get_ref<const std::string&>().size() >= 8 && key.get_ref<const std::string&>().size() <= 100) {
    return std::nullopt;
  }
  return FieldError{"idempotency_key", error_codes::invalid_idempotency_key,
                    "Send a unique key of 8 to 100 characters per form, the same for every retry."};
}

}  // namespace

SubmitOutcome SurveyService::submit_sent(const store::StoredSurvey& survey, const SentResponse& sent,
                                         const std::string& client) {
  SubmitOutcome outcome;
  if (auto problem = idempotency_key_problem(sent.idempotency_key)) outcome.problems.push_back(*problem);
  std::optional<std::string> hash;
  if (survey.requires_code && (!sent.code || !sent.code->is_string())) {
    outcome.problems.push_back({"code", error_codes::invalid_code, "This survey needs the invitation code from the letter."});
  } else if (survey.requires_code) {
    try {
      hash = code_hash(sent.code->get<std::string>(), client);
    } catch (const Error& e) {
      if (e.code() != error_codes::invalid_code) throw;  // too_many_requests
      outcome.problems.push_back({"code", e.code(), e.what()});
    }
  } else if (sent.code) {
    outcome.problems.push_back({"code", "unknown_field", "This survey is open to everyone and takes no code."});
  }
  const auto check = check_response(survey.survey, sent.answers, sent.language);
  outcome.problems.insert(outcome.problems.end(), check.errors.begin(), check.errors.end());
  if (!outcome.problems.empty()) return outcome;
  try {
    outcome.stored = submit(survey, hash, sent.idempotency_key.get<std::string>(), sent.language, *check.response, client);
  } catch (const Error& e) {
    if (e.code() != error_codes::invalid_code) throw;  // code_used, survey_closed
    outcome.problems.push_back({"code", e.code(), e.what()});
  }
  return outcome;
}

std::optional<nlohmann::json> SurveyService::draft(const store::StoredSurvey& survey, const std::string& code_hash) {
  auto connection = database_.acquire();
  return store::find_draft(*connection, survey.id, code_hash);
}

void SurveyService::save_draft(const store::StoredSurvey& survey, const std::string& code_hash,
                               const nlohmann::json& answers, const std::string& client) {
  auto connection = database_.acquire();
  try {
    store::save_draft(*connection, survey.id, code_hash, answers);
  } catch (const Error& e) {
    if (e.code() == error_codes::invalid_code) code_attempts_.record_failure(client);
    throw;
  }
}

}  // namespace mienskip::app
