#include "web/survey_service.hpp"

#include "core/error.hpp"
#include "core/invitation_code.hpp"

namespace mienskip::web {

SurveyService::SurveyService(store::ConnectionPool& database, std::string secret)
    : database_(database), secret_(std::move(secret)), code_attempts_(10, std::chrono::minutes(10)) {}

store::StoredSurvey SurveyService::survey(const std::string& slug) {
  auto connection = database_.acquire();
  auto found = store::find_survey(*connection, slug);
  if (!found) throw Error("not_found", "There is no survey at this address.");
  return std::move(*found);
}

std::string SurveyService::admit(const store::StoredSurvey& survey, const std::string& typed_code,
                                 const std::string& client, bool submitting) {
  if (code_attempts_.blocked(client)) {
    throw Error("too_many_requests", "Too many wrong codes were tried. Please wait ten minutes and try again.");
  }
  const auto code = normalise_invitation_code(typed_code);
  if (!code) {
    code_attempts_.record_failure(client);
    throw Error("invalid_code", "This is not an invitation code: a code has 12 letters and digits, as on your letter.");
  }
  const std::string hash = invitation_code_hash(secret_, *code);
  auto connection = database_.acquire();
  switch (store::invitation_code_state(*connection, survey.id, hash)) {
    case store::CodeState::unknown:
      code_attempts_.record_failure(client);
      throw Error("invalid_code", "This invitation code is not valid for this survey. Check it against your letter.");
    case store::CodeState::used:
      if (submitting) break;
      throw Error("code_used", "This invitation code has already been used to answer this survey.");
    case store::CodeState::unused:
      break;
  }
  return hash;
}

store::Submission SurveyService::submit(const store::StoredSurvey& survey, const std::optional<std::string>& code_hash,
                                        const std::string& idempotency_key, Language language,
                                        const ValidResponse& response) {
  auto connection = database_.acquire();
  return store::submit_response(*connection, survey, code_hash, idempotency_key, language,
                                response_json(survey.survey, response));
}

std::optional<nlohmann::json> SurveyService::draft(const store::StoredSurvey& survey, const std::string& code_hash) {
  auto connection = database_.acquire();
  return store::find_draft(*connection, survey.id, code_hash);
}

void SurveyService::save_draft(const store::StoredSurvey& survey, const std::string& code_hash,
                               const nlohmann::json& answers) {
  auto connection = database_.acquire();
  store::save_draft(*connection, survey.id, code_hash, answers);
}

}  // namespace mienskip::web
