// The staff API as the app uses it: JSON in and out, the session cookie sent by the browser, and
// the CSRF token (from the login answer) echoed on every request that changes something.

export type Role = "admin" | "analyst";

export interface Session {
  email: string;
  role: Role;
  csrf_token: string;
}

export interface SurveySummary {
  slug: string;
  title: string;
  status: "open" | "closed";
  access: "code" | "open";
  responses: number;
  codes: number;
}

/** A refusal from the server, with its stable code (`invalid_credentials`, `forbidden`, ...). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export function createApi(fetchImpl: Fetch = (input, init) => fetch(input, init)) {
  let csrf = "";

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (method !== "GET" && csrf) headers["X-CSRF-Token"] = csrf;
    const response = await fetchImpl(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : {};
    if (!response.ok) {
      const error = data?.error ?? {};
      throw new ApiError(response.status, error.code ?? "unknown", error.message ?? `HTTP ${response.status}`);
    }
    return data as T;
  }

  function remember(session: Session): Session {
    csrf = session.csrf_token;
    return session;
  }

  return {
    /** The current session, or null when nobody is logged in. */
    async session(): Promise<Session | null> {
      try {
        return remember(await call<Session>("GET", "/api/session"));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    async logIn(email: string, password: string): Promise<Session> {
      return remember(await call<Session>("POST", "/api/session", { email, password }));
    },
    async logOut(): Promise<void> {
      await call("DELETE", "/api/session");
      csrf = "";
    },
    async surveys(): Promise<SurveySummary[]> {
      return (await call<{ surveys: SurveySummary[] }>("GET", "/api/admin/surveys")).surveys;
    },
    async setSurveyOpen(slug: string, open: boolean): Promise<void> {
      await call("POST", `/api/admin/surveys/${encodeURIComponent(slug)}/${open ? "open" : "close"}`, {});
    },
  };
}

export type Api = ReturnType<typeof createApi>;
