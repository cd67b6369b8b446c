import { describe, expect, it } from "vitest";
import { ApiError, createHttp, NETWORK_ERROR, type Fetch, type HttpOptions } from "../../../lib/http";
import { logIn, readSession } from "../../../lib/session";
import { exportUrls, marginsSourceQuery, motivationsQuery, surveyApi } from "./surveyApi";
import type { SurveyDefinition } from "./types";

// The HTTP client with the session calls and the surveys' endpoints, as the app puts them together.
function createApi(fetchImpl: Fetch, options: HttpOptions = {}) {
  const http = createHttp(fetchImpl, options);
  return { ...surveyApi(http), session: () => readSession(http), logIn: (email: string, password: string) => logIn(http, email, password) };
}

interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

type Answer = { status: number; body: unknown; type?: string };

// A fake server that records what the app sent; answers are keyed by "METHOD path".
function fakeServer(answers: Record<string, Answer>) {
  const sent: Sent[] = [];
  const fetchImpl = async (path: string, init?: RequestInit) => {
    const method = init?.method ?? "GET";
    sent.push({ method, path, headers: (init?.headers ?? {}) as Record<string, string>, body: init?.body as string });
    const answer = answers[`${method} ${path}`] ?? { status: 404, body: { error: { code: "not_found", message: "nope" } } };
    const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status, headers: { "Content-Type": answer.type ?? "application/json" } });
  };
  return { sent, fetchImpl };
}

const login = { "POST /api/session": { status: 200, body: { email: "a@b.nl", role: "admin", csrf_token: "t0k3n" } } };

async function loggedIn(answers: Record<string, Answer>) {
  const server = fakeServer({ ...login, ...answers });
  const api = createApi(server.fetchImpl);
  await api.logIn("a@b.nl", "een lange zin");
  server.sent.length = 0;
  return { api, sent: server.sent };
}

const definition = { format: "mienskip-survey/1", budget: 100 } as unknown as SurveyDefinition;

describe("the surveys' API over the HTTP client", () => {
  it("echoes the CSRF token from the login on every change, not on reads", async () => {
    const server = fakeServer({
      ...login,
      "GET /api/admin/surveys": { status: 200, body: { surveys: [] } },
      "POST /api/admin/surveys/energie/close": { status: 200, body: { status: "closed" } },
    });
    const api = createApi(server.fetchImpl);
    await api.logIn("a@b.nl", "een lange zin");
    await api.surveys();
    await api.setSurveyOpen("energie", false);
    expect(server.sent[0].headers["X-CSRF-Token"]).toBeUndefined();
    expect(JSON.parse(server.sent[0].body!)).toEqual({ email: "a@b.nl", password: "een lange zin" });
    expect(server.sent[1].headers["X-CSRF-Token"]).toBeUndefined();
    expect(server.sent[2].headers["X-CSRF-Token"]).toBe("t0k3n");
    expect(server.sent[2].path).toBe("/api/admin/surveys/energie/close");
  });

  it("turns refusals into ApiError with the server's code and message", async () => {
    const server = fakeServer({
      "POST /api/session": {
        status: 401,
        body: { error: { code: "invalid_credentials", message: "The e-mail address or the password is not right." } },
      },
    });
    const api = createApi(server.fetchImpl);
    const error = await api.logIn("a@b.nl", "fout").catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(401);
    expect(error.code).toBe("invalid_credentials");
    expect(error.message).toMatch(/not right/);
  });

  it("reports no session as null, other failures as errors", async () => {
    const none = createApi(fakeServer({ "GET /api/session": { status: 401, body: { error: { code: "unauthenticated" } } } }).fetchImpl);
    expect(await none.session()).toBeNull();
    const broken = createApi(fakeServer({ "GET /api/session": { status: 503, body: { error: { code: "service_busy" } } } }).fetchImpl);
    await expect(broken.session()).rejects.toMatchObject({ code: "service_busy" });
  });

  it("escapes survey slugs in paths", async () => {
    const server = fakeServer({});
    const api = createApi(server.fetchImpl);
    await api.setSurveyOpen("a/b", true).catch(() => undefined);
    await api.results("a/b").catch(() => undefined);
    expect(server.sent.map((s) => s.path)).toEqual(["/api/admin/surveys/a%2Fb/open", "/api/admin/surveys/a%2Fb/results"]);
  });

  it("maps an answer that is not the server's JSON (a proxy's page) to its HTTP status", async () => {
    const api = createApi(fakeServer({ "GET /api/admin/surveys": { status: 502, body: "<html>Bad gateway</html>", type: "text/html" } }).fetchImpl);
    await expect(api.surveys()).rejects.toMatchObject({ status: 502, code: "unknown", message: "HTTP 502" });
  });

  it("reports an unreachable server as network_error", async () => {
    const api = createApi(async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(api.surveys()).rejects.toMatchObject({ status: 0, code: NETWORK_ERROR, message: "Failed to fetch" });
  });

  it("tells the app when a session has ended, but not for a failed login", async () => {
    let ended = 0;
    const unauthenticated = { status: 401, body: { error: { code: "unauthenticated", message: "Log in." } } };
    const server = fakeServer({ "GET /api/admin/surveys": unauthenticated, "POST /api/session": unauthenticated });
    const api = createApi(server.fetchImpl, { onSessionEnded: () => ended++ });
    await api.logIn("a@b.nl", "fout").catch(() => undefined);
    expect(ended).toBe(0);
    await api.surveys().catch(() => undefined);
    expect(ended).toBe(1);
  });

  it("lists the survey templates and creates a survey from one", async () => {
    const created = { slug: "energie-2027", status: "draft", access: "code", responses: 0, codes: 0, frozen: false, definition };
    const { api, sent } = await loggedIn({
      "GET /api/admin/survey-templates": {
        status: 200,
        body: { templates: [{ name: "buurtbudget", title: { nl: "Buurtbudget", fy: "Buertbudzjet", en: "Neighbourhood budget" }, scenarios: 5 }] },
      },
      "POST /api/admin/surveys": { status: 201, body: created },
    });
    expect((await api.templates())[0].name).toBe("buurtbudget");
    expect(await api.createSurvey({ template: "buurtbudget", slug: "energie-2027", requires_code: true })).toEqual(created);
    expect(sent[1]).toMatchObject({ method: "POST", path: "/api/admin/surveys" });
    expect(sent[1].headers).toMatchObject({ "Content-Type": "application/json", "X-CSRF-Token": "t0k3n" });
    expect(JSON.parse(sent[1].body!)).toEqual({ template: "buurtbudget", slug: "energie-2027", requires_code: true });
  });

  it("reads a survey and saves its definition as JSON", async () => {
    const detail = { slug: "e", status: "open", access: "code", responses: 3, codes: 10, frozen: true, definition };
    const { api, sent } = await loggedIn({
      "GET /api/admin/surveys/e": { status: 200, body: detail },
      "PUT /api/admin/surveys/e/definition": { status: 200, body: detail },
    });
    expect((await api.survey("e")).frozen).toBe(true);
    await api.saveDefinition("e", definition);
    expect(sent[1]).toMatchObject({ method: "PUT", path: "/api/admin/surveys/e/definition" });
    expect(sent[1].headers["X-CSRF-Token"]).toBe("t0k3n");
    expect(JSON.parse(sent[1].body!)).toEqual(definition);
  });

  it("keeps survey_frozen and validation refusals of a definition apart", async () => {
    const { api } = await loggedIn({
      "PUT /api/admin/surveys/e/definition": {
        status: 409,
        body: { error: { code: "survey_frozen", message: "The scenarios cannot change after the first response." } },
      },
      "PUT /api/admin/surveys/f/definition": {
        status: 422,
        body: { error: { code: "invalid_template", message: "The survey template is not valid (1 problem):\n  budget must be at least 1" } },
      },
    });
    await expect(api.saveDefinition("e", definition)).rejects.toMatchObject({ status: 409, code: "survey_frozen" });
    await expect(api.saveDefinition("f", definition)).rejects.toMatchObject({ status: 422, code: "invalid_template" });
  });

  it("asks for a preview in a language and returns the page's HTML", async () => {
    const { api, sent } = await loggedIn({
      "POST /api/admin/surveys/e/preview?language=fy": { status: 200, body: "<!DOCTYPE html><title>Foarbyld</title>", type: "text/html" },
    });
    expect(await api.preview("e", definition, "fy")).toBe("<!DOCTYPE html><title>Foarbyld</title>");
    expect(sent[0].headers).toMatchObject({ Accept: "text/html", "Content-Type": "application/json", "X-CSRF-Token": "t0k3n" });
    expect(JSON.parse(sent[0].body!)).toEqual(definition);
  });

  it("generates codes and returns the CSV as it came", async () => {
    const csv = "code\nK7QM-X2PA-9RTD\nABCD-EFGH-JKMN\n";
    const { api, sent } = await loggedIn({ "POST /api/admin/surveys/e/codes": { status: 201, body: csv, type: "text/csv" } });
    expect(await api.generateCodes("e", 2)).toBe(csv);
    expect(sent[0].headers).toMatchObject({ Accept: "text/csv", "X-CSRF-Token": "t0k3n" });
    expect(JSON.parse(sent[0].body!)).toEqual({ count: 2 });
  });

  it("sends where margins come from as query parameters, spaces as %20, blank parts left out", () => {
    expect(marginsSourceQuery({})).toBe("");
    expect(marginsSourceQuery({ source: "  ", population: "" })).toBe("");
    expect(marginsSourceQuery({ source: " CBS, wijken & buurten ", reference_date: "2026-01-01" })).toBe(
      "?source=CBS%2C%20wijken%20%26%20buurten&reference_date=2026-01-01",
    );
  });

  it("uploads margins as text/csv and reads 'no margins yet' as null", async () => {
    const margins = { slug: "e", uploaded_by: "a@b.nl", uploaded_at: "2026-11-29T10:00:00Z", variables: [] };
    const { api, sent } = await loggedIn({
      "PUT /api/admin/surveys/e/margins": { status: 200, body: margins },
      "GET /api/admin/surveys/e/margins": { status: 409, body: { error: { code: "no_margins", message: "none" } } },
      "GET /api/admin/surveys/x/margins": { status: 403, body: { error: { code: "forbidden", message: "no" } } },
    });
    const csv = "variable,category,population_count\nage,16-24,10300\n";
    expect(await api.uploadMargins("e", csv)).toEqual(margins);
    expect(sent[0].headers).toMatchObject({ "Content-Type": "text/csv", "X-CSRF-Token": "t0k3n" });
    expect(sent[0].body).toBe(csv);
    expect(await api.margins("e")).toBeNull();
    await expect(api.margins("x")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("passes the results options' query string and the arrivals and motivations parameters", async () => {
    const { api, sent } = await loggedIn({});
    await api.results("e", "?variables=age,gender&bounds=0.3,3&by=area").catch(() => undefined);
    await api.arrivals("e").catch(() => undefined);
    await api.arrivals("e", "age").catch(() => undefined);
    await api.motivations("e", { scenario: "opslag", q: " wind ", limit: 50, offset: 100 }).catch(() => undefined);
    await api.motivations("e").catch(() => undefined);
    expect(sent.map((s) => s.path)).toEqual([
      "/api/admin/surveys/e/results?variables=age,gender&bounds=0.3,3&by=area",
      "/api/admin/surveys/e/arrivals",
      "/api/admin/surveys/e/arrivals?by=age",
      "/api/admin/surveys/e/motivations?scenario=opslag&q=wind&limit=50&offset=100",
      "/api/admin/surveys/e/motivations",
    ]);
    expect(sent.every((s) => s.method === "GET" && s.headers["X-CSRF-Token"] === undefined)).toBe(true);
  });

  it("reads the saved weighting and saves only its three settings, with the CSRF token", async () => {
    const saved = { variables: ["age"], bounds: [0.3, 3], by: null, updated_at: "2026-11-29T13:05:00Z", updated_by: "a@b.nl" };
    const { api, sent } = await loggedIn({
      "GET /api/admin/surveys/energie/weighting": { status: 200, body: saved },
      "PUT /api/admin/surveys/energie/weighting": { status: 200, body: saved },
    });
    expect(await api.weighting("energie")).toEqual(saved);
    expect(await api.saveWeighting("energie", saved as never)).toEqual(saved);
    expect(sent[1].method).toBe("PUT");
    expect(sent[1].headers["X-CSRF-Token"]).toBe("t0k3n");
    expect(JSON.parse(sent[1].body!)).toEqual({ variables: ["age"], bounds: [0.3, 3], by: null });
  });

  it("escapes search text in the motivations query", () => {
    expect(motivationsQuery({ q: "zon & wind?" })).toBe("?q=zon+%26+wind%3F");
    expect(motivationsQuery({ q: "   " })).toBe("");
  });

  it("names every export and report download of a survey", () => {
    expect(exportUrls("energie")).toEqual({
      responsesCsv: "/api/admin/surveys/energie/export/responses.csv",
      responsesExcel: "/api/admin/surveys/energie/export/responses.csv?excel=1",
      codebookJson: "/api/admin/surveys/energie/export/codebook.json",
      codebookCsv: "/api/admin/surveys/energie/export/codebook.csv",
      readExportR: "/api/admin/surveys/energie/export/read_export.R",
      reportHtml: "/api/admin/surveys/energie/report.html",
      reportPdf: "/api/admin/surveys/energie/report.pdf",
      reportPdfFy: "/api/admin/surveys/energie/report.pdf?language=fy",
      reportPdfEn: "/api/admin/surveys/energie/report.pdf?language=en",
    });
  });
});
