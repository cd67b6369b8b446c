// The HTTP client every feature's API module uses: JSON in and out (or text as it came), the
// session cookie sent by the browser, the CSRF token (from the login answer) echoed on every
// request that changes something, refusals as ApiError, and upload progress for large files.
// It knows no endpoint of any feature; those live in features/<feature>/api/.
import { fetchWithUploadProgress, type UploadProgress } from "./uploadProgress";

/** A refusal from the server, with its stable code (`invalid_credentials`, `forbidden`, ...). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The whole `error` object of the answer: field errors (`fields`), register problems (`problems`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The server could not be reached at all (network down, server stopped). */
export const NETWORK_ERROR = "network_error";

/** Every staff route but the session's own refuses with this until a new password has been chosen. */
export const PASSWORD_CHANGE_REQUIRED = "password_change_required";

/** Every staff route but the session's own refuses with this until two-factor sign-in is set up. */
export const TWO_FACTOR_ENROLMENT_REQUIRED = "two_factor_enrolment_required";

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface CallOptions {
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is, with this content type. */
  raw?: { body: string | Blob; contentType: string };
  accept?: string;
  /** Told how much of the body has been sent (large uploads); the browser's XMLHttpRequest does the sending then. */
  onUploadProgress?: (progress: UploadProgress) => void;
}

export interface HttpOptions {
  /** Told when a request is refused because the session has ended, so the app can ask for a new login. */
  onSessionEnded?: () => void;
  /** Told when a request is refused until the signed-in staff member has chosen a new password. */
  onPasswordChangeRequired?: () => void;
  /** Told when a request is refused until the signed-in staff member has set up two-factor sign-in. */
  onTwoFactorEnrolmentRequired?: () => void;
}

/**
 * The path of one resource's API below `collection` ("/api/admin/forums"), and `rest` within it;
 * the slug is escaped so that a slash in it cannot reach another route.
 */
export function resourcePath(collection: string, slug: string, rest = ""): string {
  return `${collection}/${encodeURIComponent(slug)}${rest}`;
}

/**
 * Where the login lives: a 401 there is a refused login (`invalid_credentials`, or
 * `two_factor_required`: the login form's second step), not an ended session. The paths below it
 * (the own password, two-factor enrolment) need a session, so a 401 there does end it.
 */
export const sessionPath = "/api/session";

async function refusal(response: Response): Promise<ApiError> {
  const body = await response.text();
  let error: { code?: string; message?: string; [more: string]: unknown } = {};
  try {
    error = JSON.parse(body)?.error ?? {};
  } catch {
    // Not our JSON (a proxy's error page, for example): the status is all there is.
  }
  return new ApiError(response.status, error.code ?? "unknown", error.message ?? `HTTP ${response.status}`, error);
}

export function createHttp(fetchImpl: Fetch = (input, init) => fetch(input, init), options: HttpOptions = {}) {
  let csrf = "";

  /** The answer itself (for text bodies: previews, CSV); refusals are thrown as ApiError. */
  async function send(method: string, path: string, call: CallOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: call.accept ?? "application/json" };
    let body: string | Blob | undefined;
    if (call.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(call.json);
    } else if (call.raw) {
      headers["Content-Type"] = call.raw.contentType;
      body = call.raw.body;
    }
    if (method !== "GET" && csrf) headers["X-CSRF-Token"] = csrf;
    let response: Response;
    try {
      response =
        call.onUploadProgress && typeof XMLHttpRequest !== "undefined"
          ? await fetchWithUploadProgress(path, { method, headers, body }, call.onUploadProgress)
          : await fetchImpl(path, { method, headers, credentials: "same-origin", body });
    } catch (e) {
      throw new ApiError(0, NETWORK_ERROR, e instanceof Error ? e.message : String(e));
    }
    if (!response.ok) {
      const error = await refusal(response);
      if (error.status === 401 && path !== sessionPath) options.onSessionEnded?.();
      if (error.status === 403 && error.code === PASSWORD_CHANGE_REQUIRED) options.onPasswordChangeRequired?.();
      if (error.status === 403 && error.code === TWO_FACTOR_ENROLMENT_REQUIRED) options.onTwoFactorEnrolmentRequired?.();
      throw error;
    }
    return response;
  }

  /** The answer as JSON (an empty body as {}). */
  async function call<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
    const text = await (await send(method, path, options)).text();
    return (text ? JSON.parse(text) : {}) as T;
  }

  return {
    send,
    call,
    /** The token from the login answer, echoed from now on; "" after a logout. */
    setCsrfToken(token: string) {
      csrf = token;
    },
  };
}

export type Http = ReturnType<typeof createHttp>;

/** The answer, or null when the server refuses with `code` ("nothing yet": no_register, no_panel, ...). */
export async function orNullOn<T>(code: string, request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.code === code) return null;
    throw error;
  }
}
