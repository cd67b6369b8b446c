// Who is logged in, as the server says (GET /api/session). The login's answer carries the CSRF
// token the HTTP client echoes from then on.
import { ApiError, sessionPath, type Http } from "./http";

export type Role = "admin" | "analyst";

export interface Session {
  email: string;
  role: Role;
  csrf_token: string;
  /**
   * The account signed in with a temporary password, or an administrator asked for a new one:
   * every other staff route answers 403 `password_change_required` until changePassword succeeds.
   */
  must_change_password: boolean;
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

export async function logIn(http: Http, email: string, password: string): Promise<Session> {
  return remember(http, await http.call<Session>("POST", sessionPath, { json: { email, password } }));
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

export async function logOut(http: Http): Promise<void> {
  await http.call("DELETE", sessionPath);
  http.setCsrfToken("");
}
