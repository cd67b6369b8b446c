// The staff API as the app uses it: JSON in and out (text for previews, CSV for codes and
// margins), the session cookie sent by the browser, and the CSRF token (from the login answer)
// echoed on every request that changes something.
import type {
  Forum,
  ForumDraw,
  ForumInput,
  ForumPanel,
  ForumRegister,
  ForumSelection,
  ForumSignUp,
  ForumVolunteer,
  ForumVolunteers,
  DrawParameters,
  AddressRoles,
  LetterAddressPreview,
  QuotaCategory,
  QuotaFeasibility,
} from "../features/forums/forumTypes";
import { addressParams } from "../features/forums/letterAddress";
import { fetchWithUploadProgress, type UploadProgress } from "./uploadProgress";
import type { Arrivals, Margins, Motivations, Results, SurveyDefinition, SurveyDetail, SurveyTemplate, WeightingSettings } from "./types";

export type * from "./types";
export type * from "../features/forums/forumTypes";

export type Role = "admin" | "analyst";

export interface Session {
  email: string;
  role: Role;
  csrf_token: string;
}

export type SurveyStatus = "draft" | "open" | "closed";

export interface SurveySummary {
  slug: string;
  title: string;
  status: SurveyStatus;
  access: "code" | "open";
  responses: number;
  codes: number;
}

export interface NewSurvey {
  template: string;
  slug: string;
  requires_code: boolean;
}

export interface MotivationQuery {
  scenario?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

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

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

interface CallOptions {
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is, with this content type. */
  raw?: { body: string | Blob; contentType: string };
  accept?: string;
  /** Told how much of the body has been sent (large uploads); the browser's XMLHttpRequest does the sending then. */
  onUploadProgress?: (progress: UploadProgress) => void;
}

export interface ApiOptions {
  /** Told when a request is refused because the session has ended, so the app can ask for a new login. */
  onSessionEnded?: () => void;
}

/** The path of a survey's API resources; slugs are escaped so that a slash cannot reach another route. */
export function surveyPath(slug: string, rest = ""): string {
  return `/api/admin/surveys/${encodeURIComponent(slug)}${rest}`;
}

/** The path of a burgerforum's API resources, escaped like surveyPath. */
export function forumPath(slug: string, rest = ""): string {
  return `/api/admin/forums/${encodeURIComponent(slug)}${rest}`;
}

/** The query string (with its `?`, or empty) of the motivations list. */
export function motivationsQuery(query: MotivationQuery): string {
  const params = new URLSearchParams();
  if (query.scenario) params.set("scenario", query.scenario);
  if (query.q && query.q.trim()) params.set("q", query.q.trim());
  if (query.limit !== undefined) params.set("limit", String(query.limit));
  if (query.offset !== undefined) params.set("offset", String(query.offset));
  const text = params.toString();
  return text ? `?${text}` : "";
}

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

export function createApi(fetchImpl: Fetch = (input, init) => fetch(input, init), options: ApiOptions = {}) {
  let csrf = "";

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
      if (error.status === 401 && path !== "/api/session") options.onSessionEnded?.();
      throw error;
    }
    return response;
  }

  async function call<T>(method: string, path: string, call: CallOptions = {}): Promise<T> {
    const text = await (await send(method, path, call)).text();
    return (text ? JSON.parse(text) : {}) as T;
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
      return remember(await call<Session>("POST", "/api/session", { json: { email, password } }));
    },
    async logOut(): Promise<void> {
      await call("DELETE", "/api/session");
      csrf = "";
    },
    async surveys(): Promise<SurveySummary[]> {
      return (await call<{ surveys: SurveySummary[] }>("GET", "/api/admin/surveys")).surveys;
    },
    async setSurveyOpen(slug: string, open: boolean): Promise<void> {
      await call("POST", surveyPath(slug, open ? "/open" : "/close"), { json: {} });
    },
    async templates(): Promise<SurveyTemplate[]> {
      return (await call<{ templates: SurveyTemplate[] }>("GET", "/api/admin/survey-templates")).templates;
    },
    async createSurvey(survey: NewSurvey): Promise<SurveyDetail> {
      return call<SurveyDetail>("POST", "/api/admin/surveys", { json: survey });
    },
    async survey(slug: string): Promise<SurveyDetail> {
      return call<SurveyDetail>("GET", surveyPath(slug));
    },
    async saveDefinition(slug: string, definition: SurveyDefinition): Promise<SurveyDetail> {
      return call<SurveyDetail>("PUT", surveyPath(slug, "/definition"), { json: definition });
    },
    /** The resident page as it would look with this definition, as HTML. */
    async preview(slug: string, definition: SurveyDefinition, language: "nl" | "fy" | "en"): Promise<string> {
      const response = await send("POST", surveyPath(slug, `/preview?language=${language}`), {
        json: definition,
        accept: "text/html",
      });
      return response.text();
    },
    /** New invitation codes as CSV (header `code`): the only time they can be seen. */
    async generateCodes(slug: string, count: number): Promise<string> {
      const response = await send("POST", surveyPath(slug, "/codes"), { json: { count }, accept: "text/csv" });
      return response.text();
    },
    async margins(slug: string): Promise<Margins | null> {
      try {
        return await call<Margins>("GET", surveyPath(slug, "/margins"));
      } catch (error) {
        if (error instanceof ApiError && error.code === "no_margins") return null;
        throw error;
      }
    },
    async uploadMargins(slug: string, csv: string): Promise<Margins> {
      return call<Margins>("PUT", surveyPath(slug, "/margins"), { raw: { body: csv, contentType: "text/csv" } });
    },
    /** Weighted results; `query` is the options' query string from resultsQuery (with its `?`, or empty). */
    async results(slug: string, query = ""): Promise<Results> {
      return call<Results>("GET", surveyPath(slug, `/results${query}`));
    },
    /** The saved weighting settings, spelt out (every margin variable when none were chosen). */
    async weighting(slug: string): Promise<WeightingSettings> {
      return call<WeightingSettings>("GET", surveyPath(slug, "/weighting"));
    },
    /** Saves the weighting settings (admins); the answer is the settings as now saved. */
    async saveWeighting(slug: string, settings: WeightingSettings): Promise<WeightingSettings> {
      const { variables, bounds, by } = settings;
      return call<WeightingSettings>("PUT", surveyPath(slug, "/weighting"), { json: { variables, bounds, by } });
    },
    async arrivals(slug: string, by?: string): Promise<Arrivals> {
      return call<Arrivals>("GET", surveyPath(slug, `/arrivals${by ? `?by=${encodeURIComponent(by)}` : ""}`));
    },
    async motivations(slug: string, query: MotivationQuery = {}): Promise<Motivations> {
      return call<Motivations>("GET", surveyPath(slug, `/motivations${motivationsQuery(query)}`));
    },
    async forums(): Promise<Forum[]> {
      return (await call<{ forums: Forum[] }>("GET", "/api/admin/forums")).forums;
    },
    async forum(slug: string): Promise<Forum> {
      return call<Forum>("GET", forumPath(slug));
    },
    async createForum(forum: ForumInput): Promise<Forum> {
      return call<Forum>("POST", "/api/admin/forums", { json: forum });
    },
    async saveQuotas(slug: string, categories: QuotaCategory[], panelSize: number): Promise<Forum> {
      return call<Forum>("PUT", forumPath(slug, "/quotas"), { json: { categories, panel_size: panelSize } });
    },
    /** What the lottery would say of quotas being edited; nothing is stored. */
    async checkQuotas(slug: string, categories: QuotaCategory[], panelSize: number): Promise<QuotaFeasibility> {
      const answer = await call<{ feasibility: QuotaFeasibility }>("POST", forumPath(slug, "/quotas/check"), {
        json: { categories, panel_size: panelSize },
      });
      return answer.feasibility;
    },
    /** The accepted register, or null before the first upload. */
    async register(slug: string): Promise<ForumRegister | null> {
      try {
        return await call<ForumRegister>("GET", forumPath(slug, "/register"));
      } catch (error) {
        if (error instanceof ApiError && error.code === "no_register") return null;
        throw error;
      }
    },
    /** The file itself is the body: the browser streams it with its Content-Length, which the server requires. */
    async uploadRegister(slug: string, file: Blob, onProgress?: (progress: UploadProgress) => void): Promise<ForumRegister> {
      return call<ForumRegister>("POST", forumPath(slug, "/register"), {
        raw: { body: file, contentType: "text/csv" },
        onUploadProgress: onProgress,
      });
    },
    /** The draw (commitment, then seed and receipt), or null before a commitment. */
    async draw(slug: string): Promise<ForumDraw | null> {
      try {
        return await call<ForumDraw>("GET", forumPath(slug, "/draw"));
      } catch (error) {
        if (error instanceof ApiError && error.code === "no_commitment") return null;
        throw error;
      }
    },
    async commitDraw(slug: string, parameters: DrawParameters): Promise<ForumDraw> {
      return call<ForumDraw>("PUT", forumPath(slug, "/draw/commitment"), { json: parameters });
    },
    async runDraw(slug: string, seed: string): Promise<ForumDraw> {
      return call<ForumDraw>("POST", forumPath(slug, "/draw"), { json: { seed } });
    },
    /** The letters' address block for these columns, or for the suggested ones when `roles` is null. */
    async letterAddress(slug: string, roles: AddressRoles | null): Promise<LetterAddressPreview> {
      const query = roles ? `?${addressParams(roles).toString()}` : "";
      return call<LetterAddressPreview>("GET", forumPath(slug, `/letters/address${query}`));
    },
    /** The register's rows and the letters' codes go once the letters are out; the hashes stay. */
    async deleteRegisterPersonalData(slug: string): Promise<ForumDraw & { deleted: { register_rows: number; codes: number } }> {
      return call<ForumDraw & { deleted: { register_rows: number; codes: number } }>("POST", forumPath(slug, "/personal-data/delete"));
    },
    async volunteers(slug: string): Promise<ForumVolunteers> {
      return call<ForumVolunteers>("GET", forumPath(slug, "/volunteers"));
    },
    /** All or nothing: a file with any problem is refused with them (422 `invalid_volunteers`). */
    async importVolunteers(slug: string, file: Blob): Promise<{ imported: number }> {
      return call<{ imported: number }>("POST", forumPath(slug, "/volunteers"), { raw: { body: file, contentType: "text/csv" } });
    },
    async withdrawVolunteer(slug: string, id: string): Promise<ForumVolunteer> {
      return call<ForumVolunteer>("POST", forumPath(slug, `/volunteers/${encodeURIComponent(id)}/withdraw`));
    },
    /** A resident asking to be forgotten: name, email and phone go (before the panel, they also leave the pool). */
    async deleteVolunteerContact(slug: string, id: string): Promise<ForumVolunteer> {
      return call<ForumVolunteer>("POST", forumPath(slug, `/volunteers/${encodeURIComponent(id)}/personal-data/delete`));
    },
    /** Everyone's contact details but the current panel's ("panel") or everyone's ("none"). */
    async deleteVolunteerContacts(slug: string, keep: "panel" | "none"): Promise<{ deleted: number; kept: number }> {
      return call<{ deleted: number; kept: number }>("POST", forumPath(slug, "/volunteers/personal-data/delete"), { json: { keep } });
    },
    async setSignUpOpen(slug: string, open: boolean): Promise<ForumSignUp> {
      return call<ForumSignUp>("POST", forumPath(slug, open ? "/sign-up/open" : "/sign-up/close"));
    },
    /** The latest selection run (status "none" before the first). */
    async selection(slug: string): Promise<ForumSelection> {
      return call<ForumSelection>("GET", forumPath(slug, "/selection"));
    },
    /** Starts the selection in the background: the answer comes back at once, still running. */
    async startSelection(slug: string, algorithm = "leximin"): Promise<ForumSelection> {
      return call<ForumSelection>("POST", forumPath(slug, "/selection"), { json: { algorithm } });
    },
    /** The drawn panel, or null before it is drawn. */
    async panel(slug: string): Promise<ForumPanel | null> {
      try {
        return await call<ForumPanel>("GET", forumPath(slug, "/panel"));
      } catch (error) {
        if (error instanceof ApiError && error.code === "no_panel") return null;
        throw error;
      }
    },
    async drawPanel(slug: string, lotteryNumber: number): Promise<ForumPanel> {
      return call<ForumPanel>("POST", forumPath(slug, "/panel"), { json: { lottery_number: lotteryNumber } });
    },
    async replaceDropouts(slug: string, ids: string[], seed: string): Promise<ForumPanel> {
      return call<ForumPanel>("POST", forumPath(slug, "/panel/dropouts"), { json: { ids, seed } });
    },
  };
}

export type Api = ReturnType<typeof createApi>;

/** Where the downloads live; they are plain links, so the browser sends the session cookie itself. */
export function exportUrls(slug: string) {
  return {
    responsesCsv: surveyPath(slug, "/export/responses.csv"),
    responsesExcel: surveyPath(slug, "/export/responses.csv?excel=1"),
    codebookJson: surveyPath(slug, "/export/codebook.json"),
    codebookCsv: surveyPath(slug, "/export/codebook.csv"),
    readExportR: surveyPath(slug, "/export/read_export.R"),
    reportHtml: surveyPath(slug, "/report.html"),
    reportPdf: surveyPath(slug, "/report.pdf"),
  };
}

/**
 * The mail-merge file and the printable letters; plain links, like the survey exports. The letters
 * carry exactly the address columns chosen (`roles`); without them the server suggests columns.
 */
export function forumDownloadUrls(slug: string, roles: AddressRoles | null = null) {
  const letters = (language: "nl" | "fy") => {
    const params = new URLSearchParams({ language });
    if (roles) addressParams(roles).forEach((value, key) => params.set(key, value));
    return forumPath(slug, `/letters.html?${params.toString()}`);
  };
  return { invitationsCsv: forumPath(slug, "/invitations.csv"), lettersNl: letters("nl"), lettersFy: letters("fy") };
}
