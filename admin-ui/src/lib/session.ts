// Who is logged in, as the server says (GET /api/session). The login's answer carries the CSRF
// token the HTTP client echoes from then on.
import { ApiError, sessionPath, type Http } from "./http";

/**
 * What an account may do everywhere in the municipality: administer it (accounts, new forums and
 * surveys, every forum and survey), read every survey, or nothing beyond its tasks (Grant).
 */
export type Role = "admin" | "analyst" | "none";

/** What a task is about: one burgerforum or one survey. */
export type GrantScope = "forum" | "survey";

/**
 * The role a task gives on its forum or survey: a forum's `forum_manager` runs its lottery
 * (everything on that forum), its `caller` sees only the panel's names and contact details; a
 * survey's `survey_manager` does everything on that survey but create surveys, its `analyst`
 * reads its results, report and exports.
 */
export type GrantRole = "forum_manager" | "caller" | "survey_manager" | "analyst";

/** A task (Dutch "taak"): a role on one forum or survey, beside the municipality-wide role. */
export interface Grant {
  scope: GrantScope;
  slug: string;
  /** The forum's name or the survey's Dutch title; read-only (not sent back). */
  title: string;
  role: GrantRole;
}

export interface Session {
  email: string;
  role: Role;
  /** The account's tasks; what they allow comes on top of `role`. */
  grants: Grant[];
  csrf_token: string;
  /**
   * The account signed in with a temporary password, or an administrator asked for a new one:
   * every other staff route answers 403 `password_change_required` until changePassword succeeds.
   */
  must_change_password: boolean;
  /** The account signs in with a code from an authenticator app (or a recovery code) after its password. */
  two_factor_enabled: boolean;
  /**
   * The account must set up two-factor sign-in first (administrators always; analysts when the
   * server requires it): every other staff route answers 403 `two_factor_enrolment_required`
   * until confirmTwoFactorEnrolment succeeds. `must_change_password` comes first when both are set.
   */
  must_enrol_two_factor: boolean;
}

function remember(http: Http, session: Session): Session {
  http.setCsrfToken(session.csrf_token);
  return session;
}

/** The current session, or null when nobody is logged in. */
export async function readSession(http: Http): Promise<Session | null> {
  try {
    return remember(http, await http.call<Session>("GET", sessionPath));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/**
 * Signs in. An account with two-factor sign-in is refused with 401 `two_factor_required` (the
 * password is right) until `code` comes with it: the 6 digits of the authenticator app, or a
 * recovery code. Other refusals: 401 `invalid_credentials`, 422 `invalid_two_factor_code` (wrong
 * or already used), 429 `too_many_requests`.
 */
export async function logIn(http: Http, email: string, password: string, code?: string): Promise<Session> {
  const json = code === undefined ? { email, password } : { email, password, code };
  return remember(http, await http.call<Session>("POST", sessionPath, { json }));
}

/** Where a signed-in staff member changes their own password. */
export const passwordPath = `${sessionPath}/password`;

/**
 * Replaces the signed-in account's password; its other sessions end, this one stays. Refusals:
 * 403 `wrong_password` (the current one is not right), 400 `weak_password`, 429 `too_many_requests`.
 * Read the session again afterwards: `must_change_password` is then false.
 */
export async function changePassword(http: Http, current: string, next: string): Promise<void> {
  await http.call<{ changed: boolean }>("PUT", passwordPath, { json: { current_password: current, new_password: next } });
}

/** Where a signed-in staff member sets up two-factor sign-in: start (or restart), then confirm. */
export const twoFactorEnrolmentPath = `${sessionPath}/two-factor/enrolment`;
export const twoFactorConfirmPath = `${sessionPath}/two-factor/confirm`;

/** A new secret for the authenticator app, as a QR code and as text; not in force until confirmed. */
export interface TwoFactorEnrolment {
  /** Base32, as the app takes it when typed by hand. */
  secret: string;
  otpauth_uri: string;
  /** The QR code of `otpauth_uri` as an SVG document (shown as an image, never put into the page). */
  qr_svg: string;
}

/**
 * Starts setting up two-factor sign-in, or starts again with a new secret (the last one unconfirmed
 * stops counting). Refused with 409 `two_factor_enabled` when it is already on.
 */
export async function startTwoFactorEnrolment(http: Http): Promise<TwoFactorEnrolment> {
  return http.call<TwoFactorEnrolment>("POST", twoFactorEnrolmentPath);
}

/**
 * Turns two-factor sign-in on with the first code the app shows, and returns the recovery codes,
 * which the server keeps only as hashes: this is the one time they can be shown. Refused with 422
 * `invalid_two_factor_code`. Read the session again afterwards: `two_factor_enabled` is then true
 * and `must_enrol_two_factor` false.
 */
export async function confirmTwoFactorEnrolment(http: Http, code: string): Promise<string[]> {
  return (await http.call<{ recovery_codes: string[] }>("POST", twoFactorConfirmPath, { json: { code } })).recovery_codes;
}

export async function logOut(http: Http): Promise<void> {
  await http.call("DELETE", sessionPath);
  http.setCsrfToken("");
}
