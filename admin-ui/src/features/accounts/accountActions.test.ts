import { describe, expect, it } from "vitest";
import { accountActions } from "./accountActions";

describe("the actions offered for an account", () => {
  it("offers disabling an active account and enabling a disabled one, never both", () => {
    expect(accountActions({ status: "active", sessions: 0, you: false, two_factor: false })).toMatchObject({ disable: true, enable: false });
    expect(accountActions({ status: "disabled", sessions: 0, you: false, two_factor: false })).toMatchObject({ disable: false, enable: true });
  });

  it("offers ending sessions only when there are open ones", () => {
    expect(accountActions({ status: "active", sessions: 0, you: false, two_factor: false }).endSessions).toBe(false);
    expect(accountActions({ status: "active", sessions: 2, you: false, two_factor: false }).endSessions).toBe(true);
  });

  it("always offers the role, the tasks, a new password and removal for another account", () => {
    expect(accountActions({ status: "disabled", sessions: 0, you: false, two_factor: false })).toMatchObject({
      changeRole: true,
      changeTasks: true,
      requirePasswordChange: true,
      remove: true,
    });
  });

  it("offers resetting two-factor sign-in only when it is on", () => {
    expect(accountActions({ status: "active", sessions: 0, you: false, two_factor: false }).resetTwoFactor).toBe(false);
    expect(accountActions({ status: "disabled", sessions: 0, you: false, two_factor: true }).resetTwoFactor).toBe(true);
  });

  it("offers nothing for one's own account", () => {
    expect(Object.values(accountActions({ status: "active", sessions: 1, you: true, two_factor: true }))).toEqual([false, false, false, false, false, false, false, false]);
  });
});
