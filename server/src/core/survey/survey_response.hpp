#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/base/field_error.hpp"
#include "core/survey/survey.hpp"

namespace mienskip {

/// A response as it arrives, before any checking: every value is the text the resident sent
/// (a form field, or a JSON value converted by `draft_from_json`). Empty points mean 0.
struct ResponseDraft {
  std::map<std::string, std::string> allocations;  // scenario id -> points as typed
  std::map<std::string, std::string> motivations;  // scenario id -> free text
  std::map<std::string, std::string> demographics;  // question id -> option id ("" = not answered)
  std::vector<std::string> unknown_fields;          // anything else that was sent
};

/// A response that obeys every rule: points per scenario in survey order, summing to the budget.
struct ValidResponse {
  std::vector<int> points;
  std::map<std::string, std::string> motivations;  // non-empty ones only, trimmed
  std::map<std::string, std::string> demographics;  // answered ones only
};

struct ResponseCheck {
  std::optional<ValidResponse> response;
  std::vector<FieldError> errors;
};

/// Applies the survey's rules: whole numbers from 0 to the budget, a total of exactly the budget,
/// motivations only where asked and within the length limit (in characters), demographic answers
/// from the question's options. Anything unknown is refused rather than ignored.
ResponseCheck check_response(const Survey& survey, const ResponseDraft& draft, Language language);

/// The API's JSON body as a draft: {"allocations": {id: points}, "motivations": {...},
/// "demographics": {...}}. Numbers become their text; a fraction stays visible as "12.5" so the
/// check refuses it. Other members than these and `code`/`idempotency_key`/`language` are unknown.
ResponseDraft draft_from_json(const nlohmann::json& body);

/// The stored form of a valid response (allocations as {id: points}).
nlohmann::json response_json(const Survey& survey, const ValidResponse& response);

}  // namespace mienskip
