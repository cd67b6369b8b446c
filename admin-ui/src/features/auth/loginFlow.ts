// What a refused login means for the login form: an account with two-factor sign-in is asked for
// its code in a second step (the e-mail address and password are kept and sent again with it); a
// wrong code keeps that step open; a refused password goes back to the first.
import { ApiError } from "../../lib/http";
import type { ExplainedError } from "../../lib/errors";
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import { authTexts, type AuthTextKey } from "./texts";

/** The first step asks for the e-mail address and password; the second for the code. */
export type LoginStep = "password" | "code";

/** The server's answer when the password is right but the account's code is still missing. */
export const TWO_FACTOR_REQUIRED = "two_factor_required";

export interface AfterRefusal {
  step: LoginStep;
  /** The refusal to show; null when the answer only asks for the next step. */
  error: unknown;
  /** Forget the typed password: it has to be typed again. */
  clearPassword: boolean;
  /** Empty the code field: that code will not work (again). */
  clearCode: boolean;
}

const code = (error: unknown) => (error instanceof ApiError ? error.code : "");

/** Where the form goes after the login was refused at `step`. */
export function afterLoginRefusal(step: LoginStep, error: unknown): AfterRefusal {
  switch (code(error)) {
    case TWO_FACTOR_REQUIRED:
      return { step: "code", error: null, clearPassword: false, clearCode: true };
    case "invalid_two_factor_code":
      return { step: "code", error, clearPassword: false, clearCode: true };
    case "invalid_credentials":
      // At the second step: the password no longer works (changed meanwhile, or the account is locked).
      return { step: "password", error, clearPassword: step === "code", clearCode: true };
    default:
      return { step, error, clearPassword: false, clearCode: false };
  }
}

const worded: Record<string, AuthTextKey> = {
  invalid_credentials: "loginRefused",
  too_many_requests: "loginTooMany",
  invalid_two_factor_code: "loginCodeRefused",
};

/** A login's refusals in the app's words (the server's are English); undefined: as elsewhere in the app. */
export function loginErrorWording(error: unknown, language: Language): ExplainedError | undefined {
  const key = worded[code(error)];
  return key ? { text: translate(authTexts, language, key) } : undefined;
}
