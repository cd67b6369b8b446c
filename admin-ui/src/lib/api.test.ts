import { describe, expect, it } from "vitest";
import { ApiError, createApi } from "./api";

// A fake server that records what the app sent.
function fakeServer(answers: Record<string, { status: number; body: unknown }>) {
  const sent: { method: string; path: string; headers: Record<string, string>; body?: string }[] = [];
  const fetchImpl = async (path: string, init?: RequestInit) => {
    const method = init?.method ?? "GET";
    sent.push({ method, path, headers: (init?.headers ?? {}) as Record<string, string>, body: init?.body as string });
    const answer = answers[`${method} ${path}`] ?? { status: 404, body: { error: { code: "not_found", message: "nope" } } };
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  };
  return { sent, fetchImpl };
}

describe("the staff API client", () => {
  it("echoes the CSRF token from the login on every change, not on reads", async () => {
    const server = fakeServer({
      "POST /api/session": { status: 200, body: { email: "a@b.nl", role: "admin", csrf_token: "t0k3n" } },
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
    expect(server.sent[0].path).toBe("/api/admin/surveys/a%2Fb/open");
  });
});
