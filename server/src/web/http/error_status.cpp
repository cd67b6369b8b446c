#include "web/http/error_status.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/base/error_codes.hpp"

namespace mienskip::web {

std::optional<int> listed_http_status(const std::string& code) {
  static const std::map<std::string, int> statuses = {
      {error_codes::bad_request, 400},
      {error_codes::invalid_json, 400},
      // Bodies from outside are parsed within limits (core/base/bounded_json, core/base/form_body).
      {error_codes::json_too_deep, 400},
      {error_codes::json_too_large, 413},
      {error_codes::invalid_form, 400},
      {error_codes::form_too_large, 413},
      {error_codes::invalid_path, 400},
      {error_codes::invalid_query, 400},
      // Authenticated uploads are read a few at a time (--max-concurrent-uploads).
      {error_codes::too_many_uploads, 503},
      {error_codes::unauthenticated, 401},
      {error_codes::forbidden, 403},
      {error_codes::not_found, 404},
      {error_codes::method_not_allowed, 405},
      {error_codes::request_timeout, 408},
      {error_codes::conflict, 409},
      {error_codes::code_used, 409},
      {error_codes::invalid_credentials, 401},
      {error_codes::csrf_failed, 403},
      {error_codes::account_locked, 423},
      {error_codes::survey_closed, 409},
      {error_codes::slug_taken, 409},
      {error_codes::invalid_slug, 422},
      {error_codes::unknown_template, 404},
      // The survey has responses: its scenarios and budget stay as they were answered.
      {error_codes::survey_frozen, 409},
      {error_codes::codes_not_used, 409},
      {error_codes::invalid_count, 422},
      {error_codes::invalid_code, 422},
      {error_codes::invalid_response, 422},
      {error_codes::invalid_template, 422},
      {error_codes::invalid_margins, 422},
      {error_codes::csv_malformed, 422},
      {error_codes::invalid_option, 422},
      // Weight bounds the respondents cannot meet: other bounds are needed, which the request sets.
      {error_codes::invalid_bounds, 422},
      {error_codes::bounds_infeasible, 422},
      {error_codes::invalid_forum, 422},
      {error_codes::invalid_grant, 422},
      {error_codes::invalid_quota, 422},
      {error_codes::invalid_letter_texts, 422},
      {error_codes::invalid_question_texts, 422},
      {error_codes::invalid_register, 422},
      {error_codes::forum_exists, 409},
      {error_codes::no_register, 409}, {error_codes::already_drawn, 409}, {error_codes::no_commitment, 409},
      // A published commitment stays; a correction needs a reason; the seed waits for its time.
      {error_codes::commitment_mismatch, 409}, {error_codes::commitment_published, 409},
      {error_codes::commitment_too_recent, 409},
      {error_codes::no_draw, 409}, {error_codes::invalid_draw, 422}, {error_codes::invalid_seed, 422},
      {error_codes::invalid_draw_parameters, 422},
      // The burgerforum's panel (issue 6, step 5).
      {error_codes::no_volunteers, 409}, {error_codes::selection_running, 409}, {error_codes::no_selection, 409},
      {error_codes::selection_stale, 409}, {error_codes::sign_up_open, 409}, {error_codes::panel_drawn, 409},
      // The run the panel is drawn from is fixed first, and public for the waiting time (issue 18).
      {error_codes::selection_fixed, 409}, {error_codes::selection_not_fixed, 409}, {error_codes::number_too_early, 409},
      {error_codes::no_panel, 409},
      {error_codes::invalid_algorithm, 422},
      {error_codes::invalid_lottery_number, 422},
      {error_codes::invalid_dropouts, 422},
      {error_codes::invalid_panel_status, 422},
      {error_codes::no_alternates, 422},
      // A volunteer's answer is not a value of the quotas (they were changed after sign-up).
      {error_codes::answers_outside_quotas, 409},
      // The letters cannot be printed any more: addresses deleted, or codes from before derivation.
      {error_codes::personal_data_deleted, 410}, {error_codes::letter_codes_unavailable, 410},
      // Volunteers (step 4): a letter answers once, and only while the sign-up is open.
      {error_codes::unknown_code, 422},
      {error_codes::already_signed_up, 409},
      {error_codes::sign_up_closed, 409},
      {error_codes::invalid_volunteer, 409},
      {error_codes::invalid_volunteers, 422},
      {error_codes::unknown_column, 422}, {error_codes::too_many_values, 422},
      {error_codes::already_withdrawn, 409},
      {error_codes::no_margins, 409},
      // The stored margins and the responses so far cannot be weighted together: new margins (or
      // more responses) are needed, not a different request.
      {error_codes::unknown_variable, 409},
      {error_codes::unknown_category, 409},
      {error_codes::empty_category, 409},
      {error_codes::too_few_respondents, 409},
      {error_codes::not_converged, 409},
      // Margins uploaded (or questions changed) since the weighting settings were saved: an admin
      // chooses again; the request itself was fine.
      {error_codes::weighting_settings_stale, 409},
      {error_codes::length_required, 411},
      {error_codes::payload_too_large, 413},
      {error_codes::unsupported_media_type, 415},
      {error_codes::too_many_requests, 429},
      {error_codes::internal_error, 500},
      {error_codes::service_busy, 503},
      {error_codes::database_unavailable, 503},
      {error_codes::not_ready, 503},
      {error_codes::migrations_pending, 503},
      {error_codes::migration_edited, 503},
      {error_codes::migration_unknown, 503},
      {error_codes::migration_out_of_order, 503},
      // Headless chromium is missing or failed: the HTML report still works.
      {error_codes::pdf_unavailable, 503},
      // The letters' address block lacks the street, house number, postcode or place: staff choose.
      {error_codes::no_address_columns, 422},
      // Refused input that has no more specific status.
      {error_codes::duplicate_id, 400},
      {error_codes::empty_pool, 400},
      {error_codes::invalid_idempotency_key, 400},
      {error_codes::invalid_panel, 400},
      {error_codes::invalid_panel_size, 400},
      {error_codes::invalid_points, 400},
      {error_codes::invalid_respondents, 400},
      {error_codes::invalid_selection, 400},
      {error_codes::invalid_timestamp, 400},
      {error_codes::invalid_weight, 400},
      {error_codes::missing_answer, 400},
      {error_codes::panel_size_outside_quotas, 400},
      {error_codes::quota_infeasible, 400},
      {error_codes::unknown_value, 400},
      {error_codes::usage, 400},
      {error_codes::weak_password, 400},
      {error_codes::weights_mismatch, 400},
      {error_codes::account_exists, 409},
      // Every admin account would be gone, disabled or demoted: nobody could run the municipality.
      {error_codes::last_admin, 409},
      {error_codes::invalid_email, 422},
      // A temporary password (or one an admin asked to replace) opens only the page that changes it.
      {error_codes::password_change_required, 403},
      {error_codes::wrong_password, 403},
      // Two-factor sign-in: the password was right and a code is needed (401: not signed in yet);
      // a code that is wrong or spent (422, so that it never reads as a session that ended).
      {error_codes::two_factor_required, 401},
      {error_codes::invalid_two_factor_code, 422},
      {error_codes::two_factor_enrolment_required, 403},
      {error_codes::two_factor_enabled, 409},
      // Faults of the server or its set-up, never of the request: no client can fix them by
      // sending something else (before this table named them they were answered 400).
      {error_codes::cannot_listen, 500},
      {error_codes::code_collision, 500},
      {error_codes::crypto_failed, 500},
      {error_codes::invalid_configuration, 500},
      {error_codes::random_unavailable, 500},
      {error_codes::schema_invalid, 500},
      {error_codes::schema_unsupported, 500},
      {error_codes::solver_failed, 500},
      {error_codes::migration_invalid, 503},
      // Raised by commands only (files on the operator's machine), listed so every code has a row.
      {error_codes::file_not_found, 400},
      {error_codes::cannot_write, 500},
      {error_codes::invalid_demo, 500},
  };
  const auto found = statuses.find(code);
  if (found == statuses.end()) return std::nullopt;
  return found->second;
}

int http_status_for(const std::string& code) {
  // A code no table row names is still the client's to fix; the error_status test keeps every
  // code of core/base/error_codes.hpp in the table, so this is only for codes made elsewhere.
  return listed_http_status(code).value_or(400);
}

Response error_response(const std::string& code, const std::string& message, const ErrorParams& params) {
  nlohmann::json error = {{"code", code}, {"message", message}};
  if (!params.empty()) {
    auto& named = error["params"] = nlohmann::json::object();
    for (const auto& [name, value] : params) named[name] = value;
  }
  return json_response(http_status_for(code), {{"error", error}});
}

}  // namespace mienskip::web
