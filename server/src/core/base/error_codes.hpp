#pragma once

#include <array>

// Every code a mienskip::Error can carry, by name: a typo is a compile error instead of a new
// code, and `all_error_codes` lets a test check that the web layer gives each its HTTP status
// (web/http/error_status.cpp). The code is what a client sees in {"error": {"code": ...}}, so a
// code, once published, keeps its spelling. Add a new one here, in alphabetical order, and give
// it a status.

namespace mienskip::error_codes {

inline constexpr const char* account_exists = "account_exists";
inline constexpr const char* account_locked = "account_locked";
inline constexpr const char* already_drawn = "already_drawn";
inline constexpr const char* already_signed_up = "already_signed_up";
inline constexpr const char* already_withdrawn = "already_withdrawn";
inline constexpr const char* answers_outside_quotas = "answers_outside_quotas";
inline constexpr const char* bad_request = "bad_request";
inline constexpr const char* bounds_infeasible = "bounds_infeasible";
inline constexpr const char* cannot_listen = "cannot_listen";
inline constexpr const char* cannot_write = "cannot_write";
inline constexpr const char* code_collision = "code_collision";
inline constexpr const char* code_used = "code_used";
inline constexpr const char* codes_not_used = "codes_not_used";
inline constexpr const char* commitment_mismatch = "commitment_mismatch";
inline constexpr const char* commitment_published = "commitment_published";
inline constexpr const char* commitment_too_recent = "commitment_too_recent";
inline constexpr const char* conflict = "conflict";
inline constexpr const char* crypto_failed = "crypto_failed";
inline constexpr const char* csrf_failed = "csrf_failed";
inline constexpr const char* csv_malformed = "csv_malformed";
inline constexpr const char* database_unavailable = "database_unavailable";
inline constexpr const char* duplicate_id = "duplicate_id";
inline constexpr const char* empty_category = "empty_category";
inline constexpr const char* empty_pool = "empty_pool";
inline constexpr const char* file_not_found = "file_not_found";
inline constexpr const char* forbidden = "forbidden";
inline constexpr const char* form_too_large = "form_too_large";
inline constexpr const char* forum_exists = "forum_exists";
inline constexpr const char* internal_error = "internal_error";
inline constexpr const char* invalid_algorithm = "invalid_algorithm";
inline constexpr const char* invalid_bounds = "invalid_bounds";
inline constexpr const char* invalid_code = "invalid_code";
inline constexpr const char* invalid_configuration = "invalid_configuration";
inline constexpr const char* invalid_count = "invalid_count";
inline constexpr const char* invalid_credentials = "invalid_credentials";
inline constexpr const char* invalid_demo = "invalid_demo";
inline constexpr const char* invalid_draw = "invalid_draw";
inline constexpr const char* invalid_draw_parameters = "invalid_draw_parameters";
inline constexpr const char* invalid_dropouts = "invalid_dropouts";
inline constexpr const char* invalid_form = "invalid_form";
inline constexpr const char* invalid_email = "invalid_email";
inline constexpr const char* invalid_forum = "invalid_forum";
inline constexpr const char* invalid_grant = "invalid_grant";
inline constexpr const char* invalid_idempotency_key = "invalid_idempotency_key";
inline constexpr const char* invalid_json = "invalid_json";
inline constexpr const char* invalid_lottery_number = "invalid_lottery_number";
inline constexpr const char* invalid_margins = "invalid_margins";
inline constexpr const char* invalid_option = "invalid_option";
inline constexpr const char* invalid_panel = "invalid_panel";
inline constexpr const char* invalid_panel_size = "invalid_panel_size";
inline constexpr const char* invalid_panel_status = "invalid_panel_status";
inline constexpr const char* invalid_path = "invalid_path";
inline constexpr const char* invalid_points = "invalid_points";
inline constexpr const char* invalid_query = "invalid_query";
inline constexpr const char* invalid_quota = "invalid_quota";
// The letters' texts or facts were not saved (or previewed): see the fields.
inline constexpr const char* invalid_letter_texts = "invalid_letter_texts";
// The sign-up page's wording of the quota questions was not saved: see the fields.
inline constexpr const char* invalid_question_texts = "invalid_question_texts";
inline constexpr const char* invalid_register = "invalid_register";
inline constexpr const char* invalid_respondents = "invalid_respondents";
inline constexpr const char* invalid_response = "invalid_response";
inline constexpr const char* invalid_seed = "invalid_seed";
inline constexpr const char* invalid_selection = "invalid_selection";
inline constexpr const char* invalid_slug = "invalid_slug";
inline constexpr const char* invalid_template = "invalid_template";
inline constexpr const char* invalid_timestamp = "invalid_timestamp";
inline constexpr const char* invalid_two_factor_code = "invalid_two_factor_code";
inline constexpr const char* invalid_volunteer = "invalid_volunteer";
inline constexpr const char* invalid_volunteers = "invalid_volunteers";
inline constexpr const char* invalid_weight = "invalid_weight";
inline constexpr const char* json_too_deep = "json_too_deep";
inline constexpr const char* json_too_large = "json_too_large";
inline constexpr const char* last_admin = "last_admin";
inline constexpr const char* letter_codes_unavailable = "letter_codes_unavailable";
inline constexpr const char* length_required = "length_required";
inline constexpr const char* method_not_allowed = "method_not_allowed";
inline constexpr const char* migration_edited = "migration_edited";
inline constexpr const char* migration_invalid = "migration_invalid";
inline constexpr const char* migration_out_of_order = "migration_out_of_order";
inline constexpr const char* migration_unknown = "migration_unknown";
inline constexpr const char* migrations_pending = "migrations_pending";
inline constexpr const char* missing_answer = "missing_answer";
inline constexpr const char* no_address_columns = "no_address_columns";
inline constexpr const char* no_alternates = "no_alternates";
inline constexpr const char* no_commitment = "no_commitment";
inline constexpr const char* no_draw = "no_draw";
inline constexpr const char* no_margins = "no_margins";
inline constexpr const char* no_panel = "no_panel";
inline constexpr const char* no_register = "no_register";
inline constexpr const char* no_selection = "no_selection";
inline constexpr const char* no_volunteers = "no_volunteers";
inline constexpr const char* not_converged = "not_converged";
inline constexpr const char* not_found = "not_found";
inline constexpr const char* not_ready = "not_ready";
inline constexpr const char* number_too_early = "number_too_early";
inline constexpr const char* panel_drawn = "panel_drawn";
inline constexpr const char* panel_size_outside_quotas = "panel_size_outside_quotas";
inline constexpr const char* password_change_required = "password_change_required";
inline constexpr const char* payload_too_large = "payload_too_large";
inline constexpr const char* pdf_unavailable = "pdf_unavailable";
inline constexpr const char* personal_data_deleted = "personal_data_deleted";
inline constexpr const char* quota_infeasible = "quota_infeasible";
inline constexpr const char* random_unavailable = "random_unavailable";
inline constexpr const char* request_timeout = "request_timeout";
inline constexpr const char* schema_invalid = "schema_invalid";
inline constexpr const char* schema_unsupported = "schema_unsupported";
inline constexpr const char* selection_fixed = "selection_fixed";
inline constexpr const char* selection_not_fixed = "selection_not_fixed";
inline constexpr const char* selection_running = "selection_running";
inline constexpr const char* selection_stale = "selection_stale";
inline constexpr const char* service_busy = "service_busy";
inline constexpr const char* sign_up_closed = "sign_up_closed";
inline constexpr const char* sign_up_open = "sign_up_open";
inline constexpr const char* slug_taken = "slug_taken";
inline constexpr const char* solver_failed = "solver_failed";
inline constexpr const char* survey_closed = "survey_closed";
inline constexpr const char* survey_frozen = "survey_frozen";
inline constexpr const char* too_few_respondents = "too_few_respondents";
inline constexpr const char* too_many_requests = "too_many_requests";
inline constexpr const char* too_many_values = "too_many_values";
inline constexpr const char* too_many_uploads = "too_many_uploads";
inline constexpr const char* two_factor_enabled = "two_factor_enabled";
inline constexpr const char* two_factor_enrolment_required = "two_factor_enrolment_required";
inline constexpr const char* two_factor_required = "two_factor_required";
inline constexpr const char* unauthenticated = "unauthenticated";
inline constexpr const char* unknown_category = "unknown_category";
inline constexpr const char* unknown_code = "unknown_code";
inline constexpr const char* unknown_column = "unknown_column";
inline constexpr const char* unknown_template = "unknown_template";
inline constexpr const char* unknown_value = "unknown_value";
inline constexpr const char* unknown_variable = "unknown_variable";
inline constexpr const char* unsupported_media_type = "unsupported_media_type";
inline constexpr const char* usage = "usage";
inline constexpr const char* weak_password = "weak_password";
inline constexpr const char* weighting_settings_stale = "weighting_settings_stale";
inline constexpr const char* weights_mismatch = "weights_mismatch";
inline constexpr const char* wrong_password = "wrong_password";

}  // namespace mienskip::error_codes

namespace mienskip {

inline constexpr std::array<const char*, 136> all_error_codes = {
    error_codes::account_exists, error_codes::account_locked, error_codes::already_drawn,
    error_codes::already_signed_up, error_codes::already_withdrawn, error_codes::answers_outside_quotas,
    error_codes::bad_request, error_codes::bounds_infeasible, error_codes::cannot_listen,
    error_codes::cannot_write, error_codes::code_collision, error_codes::code_used, error_codes::codes_not_used,
    error_codes::commitment_mismatch, error_codes::commitment_published, error_codes::commitment_too_recent,
    error_codes::conflict, error_codes::crypto_failed, error_codes::csrf_failed,
    error_codes::csv_malformed, error_codes::database_unavailable, error_codes::duplicate_id,
    error_codes::empty_category, error_codes::empty_pool, error_codes::file_not_found, error_codes::forbidden,
    error_codes::form_too_large, error_codes::forum_exists, error_codes::internal_error,
    error_codes::invalid_algorithm, error_codes::invalid_bounds, error_codes::invalid_code,
    error_codes::invalid_configuration, error_codes::invalid_count, error_codes::invalid_credentials,
    error_codes::invalid_demo, error_codes::invalid_draw, error_codes::invalid_draw_parameters,
    error_codes::invalid_dropouts, error_codes::invalid_form, error_codes::invalid_forum, error_codes::invalid_grant,
    error_codes::invalid_idempotency_key, error_codes::invalid_json, error_codes::invalid_lottery_number,
    error_codes::invalid_margins, error_codes::invalid_option, error_codes::invalid_panel,
    error_codes::invalid_panel_size, error_codes::invalid_panel_status, error_codes::invalid_path, error_codes::invalid_points,
    error_codes::invalid_query, error_codes::invalid_quota, error_codes::invalid_letter_texts, error_codes::invalid_question_texts, error_codes::invalid_register,
    error_codes::invalid_respondents, error_codes::invalid_response, error_codes::invalid_seed,
    error_codes::invalid_selection, error_codes::invalid_slug, error_codes::invalid_template,
    error_codes::invalid_timestamp, error_codes::invalid_volunteer, error_codes::invalid_volunteers,
    error_codes::invalid_weight, error_codes::json_too_deep, error_codes::json_too_large,
    error_codes::length_required, error_codes::letter_codes_unavailable, error_codes::method_not_allowed,
    error_codes::migration_edited,
    error_codes::migration_invalid, error_codes::migration_out_of_order, error_codes::migration_unknown,
    error_codes::migrations_pending, error_codes::missing_answer, error_codes::no_address_columns,
    error_codes::no_alternates, error_codes::no_commitment, error_codes::no_draw, error_codes::no_margins,
    error_codes::no_panel, error_codes::no_register, error_codes::no_selection, error_codes::no_volunteers,
    error_codes::not_converged, error_codes::not_found, error_codes::not_ready, error_codes::number_too_early, error_codes::panel_drawn,
    error_codes::panel_size_outside_quotas, error_codes::payload_too_large, error_codes::pdf_unavailable,
    error_codes::personal_data_deleted, error_codes::quota_infeasible, error_codes::random_unavailable,
    error_codes::request_timeout, error_codes::schema_invalid, error_codes::schema_unsupported,
    error_codes::selection_fixed, error_codes::selection_not_fixed, error_codes::selection_running, error_codes::selection_stale, error_codes::service_busy,
    error_codes::sign_up_closed, error_codes::sign_up_open, error_codes::slug_taken, error_codes::solver_failed,
    error_codes::survey_closed, error_codes::survey_frozen, error_codes::too_few_respondents,
    error_codes::too_many_requests, error_codes::too_many_uploads, error_codes::too_many_values, error_codes::unauthenticated,
    error_codes::unknown_category, error_codes::unknown_code, error_codes::unknown_column, error_codes::unknown_template,
    error_codes::unknown_value, error_codes::unknown_variable, error_codes::unsupported_media_type,
    error_codes::usage, error_codes::weak_password, error_codes::weighting_settings_stale,
    error_codes::weights_mismatch, error_codes::last_admin, error_codes::password_change_required,
    error_codes::wrong_password, error_codes::invalid_email, error_codes::invalid_two_factor_code,
    error_codes::two_factor_enabled, error_codes::two_factor_enrolment_required, error_codes::two_factor_required,
};

}  // namespace mienskip
