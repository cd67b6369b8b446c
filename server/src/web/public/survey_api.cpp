#include "web/public/survey_api.hpp"

#include <nlohmann/json.hpp>

#include "core/base/bounded_json.hpp"
#include "core/base/error.hpp"

namespace mienskip::web {

namespace {

Language requested_language(const Request& request, const nlohmann::json* body = nullptr) {
  std::string code = "nl";
  if (body && body->contains("language") && (*body)["language"].is_string()) {
    code = (*body)["language"].get<std::string>();
  } else if (auto found = request.query.find("lang"); found != request.query.end()) {
    code = found->second;
  }
  const auto language = parse_language(code);
  if (!language) throw Error(error_codes::bad_request, "Unknown language '" + code + "': use nl, fy or en.");
  return *language;
}

Response field_errors(const std::vector<FieldError>& errors, const std::string& message) {
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& e : errors) fields.push_back({{"field", e.field}, {"code", e.code}, {"message", e.message}});
  return json_response(422, {{"error", {{"code", "invalid_response"}, {"message", message}, {"fields", fields}}}});
}

Response post_response(app::SurveyService& surveys, const Request& request) {
  if (request.content_type.rfind("application/json", 0) != 0) {
    throw Error(error_codes::unsupported_media_type, "Send the response as application/json.");
  }
  const auto body = parse_bounded_json(request.body);
  if (!body.is_object()) throw Error(error_codes::bad_request, "The request body must be a JSON object.");
  const Language language = requested_language(request, &body);
  const auto survey_ptr = surveys.survey(request.params.at("slug"));
  const store::StoredSurvey& survey = *survey_ptr;

  std::vector<FieldError> problems;
  const auto key = body.value("idempotency_key", nlohmann::json());
  if (!key.is_string() || key.get<std::string>().size() < 8 || key.get<std::string>().size() > 100) {
    problems.push_back({"idempotency_key", "invalid_idempotency_key",
                        "Send a unique key of 8 to 100 characters per form, the same for every retry."});
  }
  std::optional<std::string> code_hash;
  if (survey.requires_code) {
    const auto code = body.value("code", nlohmann::json());
    if (!code.is_string()) {
      problems.push_back({"code", "invalid_code", "This survey needs the invitation code from the letter."});
    } else {
      try {
        code_hash = surveys.code_hash(code.get<std::string>(), request.client);
      } catch (const Error& e) {
        if (e.code() != "invalid_code") throw;  // too_many_requests 429
        problems.push_back({"code", e.code(), e.what()});
      }
    }
  } else if (body.contains("code")) {
    problems.push_back({"code", "unknown_field", "This survey is open to everyone and takes no code."});
  }
  const auto check = check_response(survey.survey, draft_from_json(body), language);
  problems.insert(problems.end(), check.errors.begin(), check.errors.end());
  if (!problems.empty()) return field_errors(problems, "The response was not stored: see the fields.");

  store::Submission stored;
  try {
    stored = surveys.submit(survey, code_hash, key.get<std::string>(), language, *check.response, request.client);
  } catch (const Error& e) {
    if (e.code() != "invalid_code") throw;  // code_used, survey_closed: 409
    return field_errors({{"code", e.code(), e.what()}}, "The response was not stored: see the fields.");
  }
  return json_response(stored.replayed ? 200 : 201, {{"response_id", stored.response_id}, {"replayed", stored.replayed}});
}

}  // namespace

void add_survey_api_routes(Router& router, app::SurveyService& surveys) {
  router.add("GET", "/api/surveys/{slug}", [&surveys](const Request& request) {
    const Language language = requested_language(request);
    const auto survey_ptr = surveys.survey(request.params.at("slug"));
  const store::StoredSurvey& survey = *survey_ptr;
    auto body = public_survey_json(survey.survey, language);
    body["slug"] = survey.slug;
    body["access"] = survey.requires_code ? "code" : "open";
    body["status"] = survey.open ? "open" : "closed";
    return json_response(200, body);
  });
  router.add("POST", "/api/surveys/{slug}/responses",
             [&surveys](const Request& request) { return post_response(surveys, request); });
}

}  // namespace mienskip::web
