#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <pqxx/connection>
#include <string>
#include <vector>

#include "core/survey/response_export.hpp"
#include "core/survey/survey.hpp"

namespace mienskip::store {

/// A survey as stored: its definition and how residents get in.
struct StoredSurvey {
  long long id = 0;
  std::string slug;
  Survey survey;
  bool requires_code = true;  // false: an open survey, whose responses are not eligibility-checked
  bool open = true;
  bool draft = false;  // created in the staff app and not yet opened: not shown to residents at all
};

/// How a new survey starts: `open` takes answers at once (`mienskip survey import`); `draft` takes
/// none until staff open it, so its texts can be checked and its codes made first (the staff app).
enum class NewSurveyStatus { open, draft };

/// Stores a validated survey definition (read_survey_definition) under `slug` and records it in the
/// audit log. Throws Error `invalid_slug` or `slug_taken` (nothing stored).
long long create_survey(pqxx::connection& connection, const std::string& slug, const nlohmann::json& definition,
                        bool requires_code, const std::string& actor,
                        NewSurveyStatus status = NewSurveyStatus::open);

std::optional<StoredSurvey> find_survey(pqxx::connection& connection, const std::string& slug);

/// Slug and Dutch title of every open survey, newest first.
std::vector<std::pair<std::string, std::string>> open_surveys(pqxx::connection& connection);

/// Every survey with its response counts, for staff.
struct SurveyOverview {
  std::string slug, title, status, access;
  long long responses = 0, codes = 0;
};
std::vector<SurveyOverview> survey_overview(pqxx::connection& connection);

/// One survey for staff: its state, counts and the definition exactly as stored.
struct SurveyDetail {
  std::string slug, status, access;  // status: draft, open or closed; access: code or open
  long long responses = 0, codes = 0;
  nlohmann::json definition;
};
std::optional<SurveyDetail> survey_detail(pqxx::connection& connection, const std::string& slug);

/// The invitation codes issued for survey `slug` when residents need one to answer (the invited
/// base of the response rate and the R-indicator); none for an open survey, one without codes yet,
/// or an unknown one.
std::optional<long long> invited_count(pqxx::connection& connection, const std::string& slug);

/// Replaces the definition of survey `slug` by a validated one (checked_survey_definition). The
/// database keeps the replaced version (survey_definition_history) and audits the change as
/// `survey.definition_changed` by `actor`; an identical definition changes and records nothing.
/// Throws Error `not_found`, or `survey_frozen` when the survey has responses and the new definition
/// changes its scenarios or budget (nothing changed then).
void replace_survey_definition(pqxx::connection& connection, const std::string& slug, const nlohmann::json& definition,
                               const std::string& actor);

/// Opens or closes a survey (`open` or `closed`) and audits it. Throws Error `not_found`.
void set_survey_status(pqxx::connection& connection, const std::string& slug, const std::string& status,
                       const std::string& actor);

/// Stores invitation codes as their keyed hashes, all or none, and audits how many.
void add_invitation_codes(pqxx::connection& connection, long long survey_id,
                          const std::vector<std::string>& code_hashes, const std::string& actor);

enum class CodeState { unknown, unused, used };
CodeState invitation_code_state(pqxx::connection& connection, long long survey_id, const std::string& code_hash);

struct Submission {
  std::string response_id;
  bool replayed = false;  // the same idempotency key was submitted before: nothing new stored
};

/// Stores a checked response durably (committed before returning). The same idempotency key gives
/// the same response id again, without storing anything. Throws Error `code_used` when the code
/// already answered (also when two submissions race: the database decides), `invalid_code` for a
/// code this survey does not know and `survey_closed` when the survey no longer takes answers.
Submission submit_response(pqxx::connection& connection, const StoredSurvey& survey,
                           const std::optional<std::string>& code_hash, const std::string& idempotency_key,
                           Language language, const nlohmann::json& answers);

/// Every response of the survey `slug` in the order they were submitted, for an export: only the
/// public id, language, answers and submission time (in UTC). The code hash and the idempotency key
/// are never read. Throws Error `not_found` when there is no such survey.
std::vector<ExportedResponse> responses_for_export(pqxx::connection& connection, const std::string& slug);

/// A survey and all its responses read in one snapshot, for the files of an export.
struct SurveyExport {
  StoredSurvey survey;
  std::vector<ExportedResponse> responses;  // as responses_for_export gives them
};
/// Throws Error `not_found` when there is no such survey.
SurveyExport survey_export(pqxx::connection& connection, const std::string& slug);

/// Audits that `actor` downloaded an export file of survey `slug` (`survey.exported`); `details`
/// say which file and how many responses, never their contents.
void audit_survey_export(pqxx::connection& connection, const std::string& slug, const std::string& actor,
                         const nlohmann::json& details);

/// How long a half-filled form is kept without a change (migration 0020): it is the resident's
/// convenience, not the municipality's data. A survey's drafts all go when it closes.
constexpr int draft_days = 30;

/// The saved half-filled form of a code, if any and changed within draft_days.
std::optional<nlohmann::json> find_draft(pqxx::connection& connection, long long survey_id, const std::string& code_hash);
/// Saves it, and removes every draft that has expired. Throws Error `invalid_code` for a code the
/// survey does not know.
void save_draft(pqxx::connection& connection, long long survey_id, const std::string& code_hash,
                const nlohmann::json& answers);

}  // namespace mienskip::store
