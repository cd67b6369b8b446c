import { describe, expect, it } from "vitest";
import { createHttp, type HttpOptions } from "./http";
import { changePassword, logIn, readSession } from "./session";

type Answer = { status: number; body: unknown };

function server(answers: Record<string, Answer>, options: HttpOptions = {}) {
  const sent: { method: string; path: string; headers: Record<string, string>; body?: string }[] = [];
  const http = createHttp(async (path, init) => {
    const method = init?.method ?? "GET";
    sent.push({ method, path, headers: (init?.headers ?? {}) as Record<string, string>, body: init?.body as string | undefined });
    const answer = answers[`${method} ${path}`] ?? { status: 404, body: { error: { code: "not_found", message: "nope" } } };
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { "Content-Type": "application/json" } });
  }, options);
  return { http, sent };
}

const session = { email: "jan@x.nl", role: "analyst", csrf_token: "t0k3n", must_change_password: true };

describe("the session", () => {
  it("says when the account must first choose its own password", async () => {
    const { http } = server({ "POST /api/session": { status: 200, body: session }, "GET /api/session": { status: 200, body: { ...session, must_change_password: false } } });
    expect((await logIn(http, "jan@x.nl", "tijdelijk wachtwoord")).must_change_password).toBe(true);
    expect((await readSession(http))?.must_change_password).toBe(false);
  });

  it("changes the own password with the CSRF token", async () => {
    const { http, sent } = server({ "POST /api/session": { status: 200, body: session }, "PUT /api/session/password": { status: 200, body: { changed: true } } });
    await logIn(http, "jan@x.nl", "tijdelijk wachtwoord");
    await changePassword(http, "tijdelijk wachtwoord", "een eigen lange zin");
    expect(sent[1]).toMatchObject({ method: "PUT", path: "/api/session/password" });
    expect(sent[1].headers["X-CSRF-Token"]).toBe("t0k3n");
    expect(JSON.parse(sent[1].body!)).toEqual({ current_password: "tijdelijk wachtwoord", new_password: "een eigen lange zin" });
  });

  it("passes a wrong current password on as a refusal, not as an ended session", async () => {
    let ended = 0;
    const { http } = server(
      { "PUT /api/session/password": { status: 403, body: { error: { code: "wrong_password", message: "The current password is not right." } } } },
      { onSessionEnded: () => ended++ },
    );
    await expect(changePassword(http, "fout", "een eigen lange zin")).rejects.toMatchObject({ status: 403, code: "wrong_password" });
    expect(ended).toBe(0);
  });

  it("tells the app when a route is refused until a new password is chosen", async () => {
    let required = 0;
    const { http } = server(
      {
        "GET /api/admin/surveys": { status: 403, body: { error: { code: "password_change_required", message: "Choose a new password first." } } },
        "GET /api/admin/forums": { status: 403, body: { error: { code: "forbidden", message: "Administrators only." } } },
      },
      { onPasswordChangeRequired: () => required++ },
    );
    await http.call("GET", "/api/admin/surveys").catch(() => undefined);
    await http.call("GET", "/api/admin/forums").catch(() => undefined);
    expect(required).toBe(1);
  });
});
