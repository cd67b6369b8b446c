// Who is logged in, as the server says (GET /api/session). The login's answer carries the CSRF
// token the HTTP client echoes from then on.
import { ApiError, sessionPath, type Http } from "./http";

export type Role = "admin" | "analyst";

export interface Session {
  email: string;
  role: Role;
  csrf_token: string;
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

export async function logOut(http: Http): Promise<void> {
  await http.call("DELETE", sessionPath);
  http.setCsrfToken("");
}
