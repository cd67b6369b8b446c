// What a refusal means for the person at the screen, in their language. The server's own message
// (English, often naming the field or the row) is added where it tells them what to fix.
import { ApiError, NETWORK_ERROR } from "./http";
import type { Language } from "./language";
import { translate } from "./text";
import { commonTexts, type CommonTextKey } from "./texts";

const explained: Record<string, { key: CommonTextKey; detail: boolean }> = {
  [NETWORK_ERROR]: { key: "errorNetwork", detail: false },
  unauthenticated: { key: "errorUnauthenticated", detail: false },
  forbidden: { key: "errorForbidden", detail: false },
  csrf_failed: { key: "errorCsrf", detail: false },
  not_found: { key: "errorNotFound", detail: false },
  method_not_allowed: { key: "errorNotAvailable", detail: false },
  survey_frozen: { key: "errorSurveyFrozen", detail: true },
  slug_taken: { key: "errorSlugTaken", detail: false },
  survey_exists: { key: "errorSlugTaken", detail: false },
  no_margins: { key: "errorNoMargins", detail: false },
  forum_exists: { key: "errorForumExists", detail: false },
  no_register: { key: "errorNoRegister", detail: false },
  already_drawn: { key: "errorAlreadyDrawn", detail: false },
  commitment_mismatch: { key: "errorCommitmentMismatch", detail: false },
  commitment_published: { key: "errorCommitmentPublished", detail: false },
  commitment_too_recent: { key: "errorCommitmentTooRecent", detail: false },
  selection_fixed: { key: "errorSelectionFixed", detail: false },
  selection_not_fixed: { key: "errorSelectionNotFixed", detail: false },
  number_too_early: { key: "errorNumberTooEarly", detail: false },
  invalid_seed: { key: "errorInvalidSeed", detail: true },
  invalid_draw: { key: "errorInvalidDraw", detail: true },
  length_required: { key: "errorLengthRequired", detail: false },
  panel_drawn: { key: "errorPanelDrawn", detail: false },
  sign_up_closed: { key: "errorSignUpClosed", detail: false },
  sign_up_open: { key: "errorSignUpOpen", detail: false },
  no_draw: { key: "errorNoDraw", detail: false },
  no_commitment: { key: "errorNoCommitment", detail: false },
  no_volunteers: { key: "errorNoVolunteers", detail: false },
  no_selection: { key: "errorNoSelection", detail: false },
  selection_stale: { key: "errorSelectionStale", detail: false },
  selection_running: { key: "errorSelectionRunning", detail: false },
  no_panel: { key: "errorNoPanel", detail: false },
  already_withdrawn: { key: "errorAlreadyWithdrawn", detail: false },
  personal_data_deleted: { key: "errorPersonalDataDeleted", detail: false },
  letter_codes_unavailable: { key: "errorLetterCodesUnavailable", detail: false },
  no_address_columns: { key: "errorNoAddressColumns", detail: false },
  conflict: { key: "errorConflict", detail: false },
  no_alternates: { key: "errorNoAlternates", detail: false },
  answers_outside_quotas: { key: "errorAnswersOutsideQuotas", detail: true },
  unknown_variable: { key: "errorWeighting", detail: true },
  unknown_category: { key: "errorWeighting", detail: true },
  empty_category: { key: "errorWeighting", detail: true },
  too_few_respondents: { key: "errorWeighting", detail: true },
  not_converged: { key: "errorWeighting", detail: true },
  payload_too_large: { key: "errorTooLarge", detail: false },
  too_many_requests: { key: "errorBusy", detail: false },
  service_busy: { key: "errorBusy", detail: false },
  database_unavailable: { key: "errorBusy", detail: false },
  internal_error: { key: "errorInternal", detail: false },
  password_change_required: { key: "errorPasswordChangeRequired", detail: false },
  two_factor_enrolment_required: { key: "errorTwoFactorEnrolmentRequired", detail: false },
  invalid_two_factor_code: { key: "errorInvalidTwoFactorCode", detail: false },
  two_factor_enabled: { key: "errorTwoFactorEnabled", detail: false },
};

// Refusals the app words whole from their parameters (`params` beside the code), so no English
// reaches a Dutch screen: per code, the key for each `params.reason`.
const wordedByReason: Record<string, Record<string, CommonTextKey>> = {
  csv_malformed: { unclosed_quote: "csvUnclosedQuote", first_line_too_long: "csvFirstLineTooLong", field_count: "csvFieldCount" },
  invalid_draw: {
    no_residents: "drawNoResidents",
    all_excluded: "drawAllExcluded",
    unknown_stratum: "drawUnknownStratum",
    stratum_too_small: "drawStratumTooFewResidents",
  },
};

function wordedFromParams(error: ApiError, language: Language): string | undefined {
  const params = error.details.params as Record<string, string> | undefined;
  if (!params || typeof params !== "object") return undefined;
  let key = wordedByReason[error.code]?.[params.reason ?? ""];
  if (!key) return undefined;
  if (key === "drawStratumTooFewResidents" && params.unit === "households") key = "drawStratumTooFewHouseholds";
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) values[name] = /^\d+$/.test(value) ? Number(value) : value;
  if (values.fields !== undefined) values.count = values.fields;  // the plural agrees with the number of fields
  return translate(commonTexts, language, key, values);
}

/**
 * A refusal in the app's language (`text`) and, where they tell what to fix, the server's own
 * words (`server`, always English: a screen marks them lang="en").
 */
export interface ExplainedError {
  text: string;
  server?: string;
}

export function explainError(error: unknown, language: Language): ExplainedError {
  if (!(error instanceof ApiError)) return { text: translate(commonTexts, language, "errorUnexpected"), server: String(error) };
  const worded = wordedFromParams(error, language);
  if (worded) return { text: worded };
  const known = explained[error.code];
  if (known) return known.detail ? { text: translate(commonTexts, language, known.key), server: error.message } : { text: translate(commonTexts, language, known.key) };
  // A refusal of the input (422 and friends): the server's message says what is wrong.
  if (error.status === 422 || error.status === 400 || error.status === 409 || error.status === 415) {
    return { text: translate(commonTexts, language, "errorInput"), server: error.message };
  }
  return { text: "", server: `${error.message} (HTTP ${error.status})` };
}

/** The explanation as one sentence (the server's words after the app's). */
export function errorMessage(error: unknown, language: Language): string {
  const { text, server } = explainError(error, language);
  return [text, server].filter(Boolean).join(" ");
}
