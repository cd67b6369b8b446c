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
  return json_response(422, {{"error", {{"code", error_codes::invalid_response}, {"message", message}, {"fields", fields}}}});
}

Response post_response(app::SurveyService& surveys, const Request& request) {
  if (request.content_type.rfind("application/json", 0) != 0) {
    throw Error(error_codes::unsupported_media_type, "Send the response as application/json.");
  }
  const auto body = parse_bounded_json(request.body);
  if (!body.is_object()) throw Error(error_codes::bad_request, "The request body must be a JSON object.");
  app::SentResponse sent;
  sent.language = requested_language(request, &body);
  if (body.contains("code")) sent.code = body["code"];
  sent.idempotency_key = body.value("idempotency_key", nlohmann::json());
  sent.answers = draft_from_json(body);
  const auto survey = surveys.survey(request.params.at("slug"));
  const auto outcome = surveys.submit_sent(*survey, sent, request.client);
  if (!outcome.problems.empty()) return field_errors(outcome.problems, "The response was not stored: see the fields.");
  const auto& stored = outcome.stored;
  return json_response(stored.replayed ? 200 : 201, {{"response_id", stored.response_id}, {"replayed", stored.replayed}});
}

}  // namespace

void add_survey_api_routes(Router& router, app::SurveyService& surveys) {
  router.add("GET", "/api/surveys/{slug}", [&surveys](const Request& request) {
    const Language language = requested_language(request);
    const auto survey = surveys.survey(request.params.at("slug"));
    auto body = public_survey_json(survey->survey, language);
    body["slug"] = survey->slug;
    body["access"] = survey->requires_code ? "code" : "open";
    body["status"] = survey->open ? "open" : "closed";
    return json_response(200, body);
  });
  router.add("POST", "/api/surveys/{slug}/responses",
             [&surveys](const Request& request) { return post_response(surveys, request); });
}

}  // namespace mienskip::web
