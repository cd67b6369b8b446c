// The codes of two-factor sign-in as people type them: the 6 digits an authenticator app shows
// (often as "123 456"), or a recovery code (xxxx-xxxx-xxxx-xxxx, one use each) when the phone is
// lost. Shared by the login's second step and setting two-factor sign-in up; the server decides.

/** The digits an authenticator app shows (RFC 6238 with the usual settings). */
export const appCodeDigits = 6;

const appCode = /^\d{6}$/;
// Four groups of four letters or digits; typed with or without the dashes, or with spaces.
const recoveryCode = /^[a-z0-9]{16}$/;

/**
 * The code as the server takes it: without spaces; an app code without a dash in the middle; a
 * recovery code in lower case with its dashes (as printed). Anything else as typed, without spaces.
 */
export function normaliseTwoFactorCode(typed: string): string {
  const compact = typed.replace(/\s+/g, "");
  if (/^\d{3}-\d{3}$/.test(compact)) return compact.replace("-", "");
  const plain = compact.replace(/-/g, "").toLowerCase();
  if (!appCode.test(plain) && recoveryCode.test(plain)) return plain.match(/.{4}/g)!.join("-");
  return compact;
}

export function isAppCode(code: string): boolean {
  return appCode.test(normaliseTwoFactorCode(code));
}

export function isRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/.test(normaliseTwoFactorCode(code));
}

export type TwoFactorCodeProblem = "codeRequired" | "codeShape";

/**
 * What keeps a typed code from being sent: nothing typed, or not the shape of a code that can
 * work (each wrong try counts towards the account's lock, so a slip of the finger is caught here).
 * `recovery`: a recovery code is accepted too (at sign-in; not when setting up).
 */
export function twoFactorCodeProblem(typed: string, { recovery }: { recovery: boolean }): TwoFactorCodeProblem | undefined {
  if (typed.trim() === "") return "codeRequired";
  if (isAppCode(typed) || (recovery && isRecoveryCode(typed))) return undefined;
  return "codeShape";
}
