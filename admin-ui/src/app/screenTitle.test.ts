import { describe, expect, it } from "vitest";
import type { Session } from "../lib/session";
import { testSession } from "../testing/renderScreen";
import { screenTitle } from "./screenTitle";

const admin: Session = testSession({ email: "griffie@sudwestfryslan.nl" });

describe("the screen's name in the title", () => {
  it("names the login and the steps that come before everything else", () => {
    expect(screenTitle(undefined, { page: "surveys" })).toBe("appName");
    expect(screenTitle(null, { page: "accounts" })).toBe("logIn");
    expect(screenTitle({ ...admin, must_change_password: true, must_enrol_two_factor: true }, { page: "accounts" })).toBe("chooseOwnPassword");
    expect(screenTitle({ ...admin, two_factor_enabled: false, must_enrol_two_factor: true }, { page: "accounts" })).toBe("setUpTwoFactor");
  });

  it("names the screen the address asks for, and leaves a survey's and an admin's forum to themselves", () => {
    expect(screenTitle(admin, { page: "accounts" })).toBe("accounts");
    expect(screenTitle(admin, { page: "two-factor" })).toBe("twoFactor");
    expect(screenTitle({ ...admin, two_factor_enabled: false }, { page: "two-factor" })).toBe("setUpTwoFactor");
    expect(screenTitle(admin, { page: "survey", slug: "energie", tab: "overview", query: {} })).toBeNull();
    expect(screenTitle(admin, { page: "forum", slug: "demo", tab: "quotas" })).toBeNull();
    expect(screenTitle({ ...admin, role: "analyst" }, { page: "forum", slug: "demo", tab: "quotas" })).toBe("forums");
    expect(screenTitle(admin, { page: "not_found", hash: "#/x" })).toBe("pageNotFound");
  });

  it("follows the account's tasks: a forum's caller has the forums as first screen and a forum's screen names itself", () => {
    const caller: Session = { ...admin, role: "none", grants: [{ scope: "forum", slug: "demo", title: "Demo", role: "caller" }] };
    expect(screenTitle(caller, { page: "surveys" })).toBe("forums");
    expect(screenTitle(caller, { page: "forum", slug: "demo", tab: "quotas" })).toBeNull();
    expect(screenTitle({ ...caller, role: "analyst" }, { page: "surveys" })).toBe("surveys");
    expect(screenTitle({ ...caller, grants: [] }, { page: "surveys" })).toBe("noTasks");
    expect(screenTitle({ ...caller, grants: [] }, { page: "forum", slug: "demo", tab: "quotas" })).toBe("forums");
  });
});
