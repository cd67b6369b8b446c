import { describe, expect, it } from "vitest";
import { accountStatusText, isLocked } from "./accountStatus";

// 29 November 2026, 14:00 in Amsterdam (CET, UTC+1).
const now = new Date("2026-11-29T13:00:00Z");
const active = { status: "active" as const, locked_until: null, must_change_password: false };

describe("an account's status in words", () => {
  it("says active, disabled, or that a password must be chosen", () => {
    expect(accountStatusText(active, now, "nl")).toBe("actief");
    expect(accountStatusText({ ...active, status: "disabled" }, now, "nl")).toBe("uitgeschakeld");
    expect(accountStatusText({ ...active, must_change_password: true }, now, "nl")).toBe("moet wachtwoord kiezen");
    expect(accountStatusText({ ...active, status: "disabled", must_change_password: true }, now, "nl")).toBe("uitgeschakeld, moet wachtwoord kiezen");
    expect(accountStatusText(active, now, "en")).toBe("active");
  });

  it("says until when a locked account is locked, in Dutch time", () => {
    const locked = { ...active, locked_until: "2026-11-29T13:15:00Z" };
    expect(isLocked(locked, now)).toBe(true);
    expect(accountStatusText(locked, now, "nl")).toBe("geblokkeerd tot 14:15");
    expect(accountStatusText({ ...locked, must_change_password: true }, now, "en")).toBe("locked until 14:15, must choose a password");
  });

  it("gives the day too when a lock ends on another day", () => {
    const text = accountStatusText({ ...active, locked_until: "2026-11-30T08:00:00Z" }, now, "nl");
    expect(text).toMatch(/^geblokkeerd tot 30 nov\.? 2026.*09:00$/);
  });

  it("forgets a lock that has run out, and one it cannot read", () => {
    expect(isLocked({ locked_until: "2026-11-29T12:59:59Z" }, now)).toBe(false);
    expect(isLocked({ locked_until: "2026-11-29T13:00:00Z" }, now)).toBe(false);
    expect(isLocked({ locked_until: "later" }, now)).toBe(false);
    expect(accountStatusText({ ...active, locked_until: "2026-11-29T12:00:00Z" }, now, "nl")).toBe("actief");
  });

  it("says disabled rather than locked when both apply", () => {
    expect(accountStatusText({ ...active, status: "disabled", locked_until: "2026-11-29T13:15:00Z" }, now, "nl")).toBe("uitgeschakeld");
  });
});
