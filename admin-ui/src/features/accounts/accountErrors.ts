// The refusals of the accounts' and the password's endpoints in the app's words; the rest as the
// app words them everywhere (lib/errors). A weak password is worded by the rule it broke (the
// server's `params.rule`); a rule this app does not know keeps the server's words after a sentence
// in the app's language.
import { ApiError } from "../../lib/http";
import type { ExplainedError } from "../../lib/errors";
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import { accountTexts, type AccountTextKey } from "./texts";

const weakPasswordRules: Record<string, AccountTextKey> = {
  too_short: "weakTooShort",
  too_long: "weakTooLong",
  repeats: "weakRepeats",
  common: "weakCommon",
  email_name: "weakEmailName",
  same_as_current: "weakSameAsCurrent",
};

function weakPassword(error: ApiError, language: Language): ExplainedError {
  const params = error.details.params as Record<string, string> | undefined;
  const rule = params?.rule ? weakPasswordRules[params.rule] : undefined;
  if (rule) return { text: translate(accountTexts, language, rule) };
  return { text: translate(accountTexts, language, "errorWeakPassword"), server: error.message };
}

function wording(worded: Record<string, AccountTextKey>) {
  return (error: unknown, language: Language): ExplainedError | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    if (error.code === "weak_password") return weakPassword(error, language);
    // Which task cannot be (no such forum or survey, a role of another scope, one target twice): the server says.
    if (error.code === "invalid_grant") return { text: translate(accountTexts, language, "errorInvalidGrant"), server: error.message };
    const key = worded[error.code];
    return key ? { text: translate(accountTexts, language, key) } : undefined;
  };
}

/** A refusal of an administrator's action on an account; undefined: as elsewhere in the app. */
export const accountErrorWording = wording({
  last_admin: "errorLastAdmin",
  account_exists: "errorAccountExists",
  invalid_email: "errorInvalidEmail",
  // An action on one account: the account is gone (the list itself is read with the app's wording).
  not_found: "errorAccountNotFound",
});

/** A refusal of one's own new password; undefined: as elsewhere in the app. */
export const passwordErrorWording = wording({
  wrong_password: "errorWrongPassword",
  too_many_requests: "errorTooManyPasswordTries",
});

/** A refusal while setting up one's own two-factor sign-in; undefined: as elsewhere in the app. */
export const twoFactorErrorWording = wording({
  invalid_two_factor_code: "errorEnrolCodeRefused",
  // Nothing is being set up (any more) to confirm: started again elsewhere and finished, say.
  conflict: "errorEnrolmentGone",
  too_many_requests: "errorTooManyPasswordTries",
});
