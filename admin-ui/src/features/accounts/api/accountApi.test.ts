import { describe, expect, it } from "vitest";
import { createHttp } from "../../../lib/http";
import { logIn } from "../../../lib/session";
import { accountApi, accountPath } from "./accountApi";
import type { Account } from "./types";

type Answer = { status: number; body: unknown };
interface Sent {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const jan: Account = {
  id: 7,
  email: "jan@gemeente.nl",
  role: "analyst",
  grants: [],
  status: "active",
  locked_until: null,
  must_change_password: true,
  created_at: "2026-11-29T10:00:00Z",
  last_login_at: null,
  sessions: 0,
  you: false,
  two_factor: true,
};

// A fake server that records what the app sent, signed in as an administrator; answers are keyed by "METHOD path".
async function signedIn(answers: Record<string, Answer>) {
  const sent: Sent[] = [];
  const http = createHttp(async (path, init) => {
    const method = init?.method ?? "GET";
    sent.push({ method, path, headers: (init?.headers ?? {}) as Record<string, string>, body: init?.body as string | undefined });
    const answer =
      path === "/api/session"
        ? { status: 200, body: { email: "a@b.nl", role: "admin", grants: [], csrf_token: "t0k3n", must_change_password: false, two_factor_enabled: true, must_enrol_two_factor: false } }
        : (answers[`${method} ${path}`] ?? { status: 404, body: { error: { code: "not_found", message: "No such account." } } });
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { "Content-Type": "application/json" } });
  });
  await logIn(http, "a@b.nl", "een lange zin");
  sent.length = 0;
  return { api: accountApi(http), sent };
}

describe("the accounts' API over the HTTP client", () => {
  it("lists the accounts without a CSRF token", async () => {
    const { api, sent } = await signedIn({ "GET /api/admin/accounts": { status: 200, body: { accounts: [jan] } } });
    expect(await api.accounts()).toEqual([jan]);
    expect(sent[0].headers["X-CSRF-Token"]).toBeUndefined();
  });

  it("creates an account with its temporary password and returns it", async () => {
    const { api, sent } = await signedIn({ "POST /api/admin/accounts": { status: 201, body: { account: jan } } });
    expect(await api.createAccount({ email: "jan@gemeente.nl", role: "analyst", password: "een tijdelijke zin" })).toEqual(jan);
    expect(sent[0].headers).toMatchObject({ "Content-Type": "application/json", "X-CSRF-Token": "t0k3n" });
    expect(JSON.parse(sent[0].body!)).toEqual({ email: "jan@gemeente.nl", role: "analyst", password: "een tijdelijke zin" });
  });

  it("sends each action to the account's own path with the CSRF token", async () => {
    const one = { status: 200, body: { account: jan } };
    const { api, sent } = await signedIn({
      "PUT /api/admin/accounts/7/role": one,
      "POST /api/admin/accounts/7/disable": one,
      "POST /api/admin/accounts/7/enable": one,
      "POST /api/admin/accounts/7/end-sessions": { status: 200, body: { account: jan, ended: 2 } },
      "POST /api/admin/accounts/7/password-change": one,
      "POST /api/admin/accounts/7/two-factor/reset": one,
      "DELETE /api/admin/accounts/7": { status: 200, body: { removed: true } },
    });
    expect(await api.setRole(7, "admin")).toEqual(jan);
    expect(await api.disable(7)).toEqual(jan);
    expect(await api.enable(7)).toEqual(jan);
    expect(await api.endSessions(7)).toEqual({ account: jan, ended: 2 });
    expect(await api.requirePasswordChange(7)).toEqual(jan);
    expect(await api.requirePasswordChange(7, "een tijdelijke zin")).toEqual(jan);
    expect(await api.resetTwoFactor(7)).toEqual(jan);
    await api.removeAccount(7);
    expect(sent.map((s) => `${s.method} ${s.path}`)).toEqual([
      "PUT /api/admin/accounts/7/role",
      "POST /api/admin/accounts/7/disable",
      "POST /api/admin/accounts/7/enable",
      "POST /api/admin/accounts/7/end-sessions",
      "POST /api/admin/accounts/7/password-change",
      "POST /api/admin/accounts/7/password-change",
      "POST /api/admin/accounts/7/two-factor/reset",
      "DELETE /api/admin/accounts/7",
    ]);
    expect(sent.every((s) => s.headers["X-CSRF-Token"] === "t0k3n")).toBe(true);
    expect(JSON.parse(sent[0].body!)).toEqual({ role: "admin" });
    expect(JSON.parse(sent[4].body!)).toEqual({});
    expect(JSON.parse(sent[5].body!)).toEqual({ temporary_password: "een tijdelijke zin" });
  });

  it("replaces the tasks with the whole list, without titles, with the CSRF token", async () => {
    const caller = { scope: "forum" as const, slug: "energie", title: "Burgerforum Energie", role: "caller" as const };
    const withTasks = { ...jan, grants: [caller] };
    const { api, sent } = await signedIn({ "PUT /api/admin/accounts/7/grants": { status: 200, body: { account: withTasks } } });
    expect(await api.setGrants(7, [caller, { scope: "survey", slug: "wonen", role: "analyst" }])).toEqual(withTasks);
    expect(sent[0]).toMatchObject({ method: "PUT", path: "/api/admin/accounts/7/grants" });
    expect(sent[0].headers).toMatchObject({ "Content-Type": "application/json", "X-CSRF-Token": "t0k3n" });
    expect(JSON.parse(sent[0].body!)).toEqual({
      grants: [
        { scope: "forum", slug: "energie", role: "caller" },
        { scope: "survey", slug: "wonen", role: "analyst" },
      ],
    });
  });

  it("passes a refused task on with its code and the server's reason", async () => {
    const { api } = await signedIn({
      "PUT /api/admin/accounts/7/grants": { status: 422, body: { error: { code: "invalid_grant", message: "There is no forum 'elders'." } } },
    });
    await expect(api.setGrants(7, [{ scope: "forum", slug: "elders", role: "caller" }])).rejects.toMatchObject({
      status: 422,
      code: "invalid_grant",
      message: "There is no forum 'elders'.",
    });
  });

  it("reads the forums and surveys a task can be on, forums first", async () => {
    const { api, sent } = await signedIn({
      "GET /api/admin/forums": { status: 200, body: { forums: [{ slug: "energie", name: "Burgerforum Energie", may: ["manage", "call"] }] } },
      "GET /api/admin/surveys": { status: 200, body: { surveys: [{ slug: "wonen", title: "Wonen 2027", may: ["read", "manage"] }] } },
    });
    expect(await api.taskTargets()).toEqual([
      { scope: "forum", slug: "energie", title: "Burgerforum Energie" },
      { scope: "survey", slug: "wonen", title: "Wonen 2027" },
    ]);
    expect(sent.every((s) => s.method === "GET" && s.headers["X-CSRF-Token"] === undefined)).toBe(true);
  });

  it("passes refusals on with their codes", async () => {
    const { api } = await signedIn({
      "POST /api/admin/accounts/1/disable": { status: 409, body: { error: { code: "last_admin", message: "No active administrator would be left." } } },
    });
    await expect(api.disable(1)).rejects.toMatchObject({ status: 409, code: "last_admin" });
    await expect(api.enable(99)).rejects.toMatchObject({ status: 404, code: "not_found" });
  });

  it("names an account by its id", () => {
    expect(accountPath(12)).toBe("/api/admin/accounts/12");
    expect(accountPath(12, "/role")).toBe("/api/admin/accounts/12/role");
  });
});
