import { describe, expect, it } from "vitest";
import { createHttp, type HttpOptions } from "./http";
import { changePassword, confirmTwoFactorEnrolment, logIn, readSession, startTwoFactorEnrolment } from "./session";

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

const session = { email: "jan@x.nl", role: "analyst", csrf_token: "t0k3n", must_change_password: true, two_factor_enabled: false, must_enrol_two_factor: false };

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

  it("sends the code of the second step only when there is one", async () => {
    const { http, sent } = server({ "POST /api/session": { status: 200, body: { ...session, two_factor_enabled: true } } });
    await logIn(http, "jan@x.nl", "een lange zin");
    await logIn(http, "jan@x.nl", "een lange zin", "123456");
    expect(JSON.parse(sent[0].body!)).toEqual({ email: "jan@x.nl", password: "een lange zin" });
    expect(JSON.parse(sent[1].body!)).toEqual({ email: "jan@x.nl", password: "een lange zin", code: "123456" });
  });

  it("passes a login that needs its code on to the login form, not as an ended session", async () => {
    let ended = 0;
    const { http } = server(
      { "POST /api/session": { status: 401, body: { error: { code: "two_factor_required", message: "Enter the code from your authenticator app." } } } },
      { onSessionEnded: () => ended++ },
    );
    await expect(logIn(http, "jan@x.nl", "een lange zin")).rejects.toMatchObject({ status: 401, code: "two_factor_required" });
    expect(ended).toBe(0);
  });

  it("ends the session when setting up two-factor sign-in finds it gone", async () => {
    let ended = 0;
    const { http } = server(
      { "POST /api/session/two-factor/enrolment": { status: 401, body: { error: { code: "unauthenticated", message: "Sign in first." } } } },
      { onSessionEnded: () => ended++ },
    );
    await expect(startTwoFactorEnrolment(http)).rejects.toMatchObject({ status: 401 });
    expect(ended).toBe(1);
  });

  it("starts and confirms two-factor sign-in with the CSRF token", async () => {
    const enrolment = { secret: "JBSWY3DPEHPK3PXP", otpauth_uri: "otpauth://totp/Mienskip:jan%40x.nl?secret=JBSWY3DPEHPK3PXP", qr_svg: "<svg/>" };
    const codes = Array.from({ length: 10 }, (_, i) => `abcd-efgh-jkmn-pqr${i}`);
    const { http, sent } = server({
      "POST /api/session": { status: 200, body: session },
      "POST /api/session/two-factor/enrolment": { status: 200, body: enrolment },
      "POST /api/session/two-factor/confirm": { status: 200, body: { recovery_codes: codes } },
    });
    await logIn(http, "jan@x.nl", "een lange zin");
    expect(await startTwoFactorEnrolment(http)).toEqual(enrolment);
    expect(await confirmTwoFactorEnrolment(http, "123456")).toEqual(codes);
    expect(sent[1]).toMatchObject({ method: "POST", path: "/api/session/two-factor/enrolment" });
    expect(sent[1].body).toBeUndefined();
    expect(sent[2]).toMatchObject({ method: "POST", path: "/api/session/two-factor/confirm" });
    expect(JSON.parse(sent[2].body!)).toEqual({ code: "123456" });
    expect(sent.slice(1).every((s) => s.headers["X-CSRF-Token"] === "t0k3n")).toBe(true);
  });

  it("tells the app when a route is refused until two-factor sign-in is set up", async () => {
    let required = 0;
    let password = 0;
    const { http } = server(
      { "GET /api/admin/surveys": { status: 403, body: { error: { code: "two_factor_enrolment_required", message: "Set up two-factor sign-in first." } } } },
      { onTwoFactorEnrolmentRequired: () => required++, onPasswordChangeRequired: () => password++ },
    );
    await expect(http.call("GET", "/api/admin/surveys")).rejects.toMatchObject({ status: 403, code: "two_factor_enrolment_required" });
    expect(required).toBe(1);
    expect(password).toBe(0);
  });
});
