#include "web/http/error_status.hpp"

#include <map>
#include <nlohmann/json.hpp>

namespace mienskip::web {

int http_status_for(const std::string& code) {
  static const std::map<std::string, int> statuses = {
      {"bad_request", 400},
      {"invalid_json", 400},
      // Bodies from outside are parsed within limits (core/base/bounded_json, core/base/form_body).
      {"json_too_deep", 400},
      {"json_too_large", 413},
      {"invalid_form", 400},
      {"form_too_large", 413},
      {"invalid_path", 400},
      {"invalid_query", 400},
      // Authenticated uploads are read a few at a time (--max-concurrent-uploads).
      {"too_many_uploads", 503},
      {"unauthenticated", 401},
      {"forbidden", 403},
      {"not_found", 404},
      {"method_not_allowed", 405},
      {"request_timeout", 408},
      {"conflict", 409},
      {"code_used", 409},
      {"invalid_credentials", 401},
      {"csrf_failed", 403},
      {"account_locked", 423},
      {"survey_closed", 409},
      {"slug_taken", 409},
      {"invalid_slug", 422},
      {"unknown_template", 404},
      // The survey has responses: its scenarios and budget stay as they were answered.
      {"survey_frozen", 409},
      {"codes_not_used", 409},
      {"invalid_count", 422},
      {"invalid_code", 422},
      {"invalid_response", 422},
      {"invalid_template", 422},
      {"invalid_margins", 422},
      {"csv_malformed", 422},
      {"invalid_option", 422},
      // Weight bounds the respondents cannot meet: other bounds are needed, which the request sets.
      {"invalid_bounds", 422},
      {"bounds_infeasible", 422},
      {"invalid_forum", 422},
      {"invalid_quota", 422},
      {"invalid_register", 422},
      {"forum_exists", 409},
      {"no_register", 409},
      {"already_drawn", 409},
      {"no_commitment", 409},
      {"commitment_mismatch", 409},
      {"no_draw", 409},
      {"invalid_draw", 422},
      {"invalid_seed", 422},
      {"invalid_draw_parameters", 422},
      // The burgerforum's panel (issue 6, step 5).
      {"no_volunteers", 409},
      {"selection_running", 409},
      {"no_selection", 409},
      {"selection_stale", 409},
      {"sign_up_open", 409},
      {"panel_drawn", 409},
      {"no_panel", 409},
      {"invalid_algorithm", 422},
      {"invalid_lottery_number", 422},
      {"invalid_dropouts", 422},
      {"no_alternates", 422},
      // A volunteer's answer is not a value of the quotas (they were changed after sign-up).
      {"answers_outside_quotas", 409},
      // The residents' addresses and codes were deleted after the letters went out.
      {"personal_data_deleted", 410},
      // Volunteers (step 4): a letter answers once, and only while the sign-up is open.
      {"unknown_code", 422},
      {"already_signed_up", 409},
      {"sign_up_closed", 409},
      {"invalid_volunteer", 409},
      {"invalid_volunteers", 422},
      {"already_withdrawn", 409},
      {"no_margins", 409},
      // The stored margins and the responses so far cannot be weighted together: new margins (or
      // more responses) are needed, not a different request.
      {"unknown_variable", 409},
      {"unknown_category", 409},
      {"empty_category", 409},
      {"too_few_respondents", 409},
      {"not_converged", 409},
      // Margins uploaded (or questions changed) since the weighting settings were saved: an admin
      // chooses again; the request itself was fine.
      {"weighting_settings_stale", 409},
      {"length_required", 411},
      {"payload_too_large", 413},
      {"unsupported_media_type", 415},
      {"too_many_requests", 429},
      {"internal_error", 500},
      {"service_busy", 503},
      {"database_unavailable", 503},
      {"not_ready", 503},
      {"migrations_pending", 503},
      {"migration_edited", 503},
      {"migration_unknown", 503},
      {"migration_out_of_order", 503},
      // Headless chromium is missing or failed: the HTML report still works.
      {"pdf_unavailable", 503},
      // The letters' address block lacks the street, house number, postcode or place: staff choose.
      {"no_address_columns", 422},
  };
  const auto found = statuses.find(code);
  return found == statuses.end() ? 400 : found->second;
}

Response error_response(const std::string& code, const std::string& message) {
  return json_response(http_status_for(code),
                       {{"error", {{"code", code}, {"message", message}}}});
}

}  // namespace mienskip::web
