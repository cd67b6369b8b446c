import { describe, expect, it } from "vitest";
import { formatRoute, forumHref, parseRoute, surveyHref } from "./routes";

describe("the app's addresses", () => {
  it("starts at the survey list", () => {
    expect(parseRoute("")).toEqual({ page: "surveys" });
    expect(parseRoute("#/")).toEqual({ page: "surveys" });
    expect(parseRoute("#/surveys")).toEqual({ page: "surveys" });
    expect(formatRoute({ page: "surveys" })).toBe("#/surveys");
  });

  it("reads a survey's screen, overview when none is named", () => {
    expect(parseRoute("#/surveys/energie")).toEqual({ page: "survey", slug: "energie", tab: "overview", query: {} });
    expect(parseRoute("#/surveys/energie/motivations")).toEqual({ page: "survey", slug: "energie", tab: "motivations", query: {} });
  });

  it("keeps the results options in the address", () => {
    const route = parseRoute("#/surveys/energie/results?variables=age%2Cgender&bounds=0.3%2C3&by=area");
    expect(route).toEqual({ page: "survey", slug: "energie", tab: "results", query: { variables: "age,gender", bounds: "0.3,3", by: "area" } });
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it("writes the overview without a tab and escapes slugs", () => {
    expect(surveyHref("energie")).toBe("#/surveys/energie");
    expect(surveyHref("energie", "results", { by: "area" })).toBe("#/surveys/energie/results?by=area");
    expect(surveyHref("a b")).toBe("#/surveys/a%20b");
    expect(parseRoute(surveyHref("a b", "codes"))).toEqual({ page: "survey", slug: "a b", tab: "codes", query: {} });
  });

  it("names unknown addresses as such instead of guessing", () => {
    expect(parseRoute("#/surveys/energie/unknown")).toEqual({ page: "not_found", hash: "#/surveys/energie/unknown" });
    expect(parseRoute("#/forums/energie/panel")).toEqual({ page: "not_found", hash: "#/forums/energie/panel" });
    expect(parseRoute("#/forums/energie/draw/extra")).toEqual({ page: "not_found", hash: "#/forums/energie/draw/extra" });
    expect(parseRoute("#/surveys/%E0%A4%A")).toEqual({ page: "not_found", hash: "#/surveys/%E0%A4%A" });
  });

  it("reads the burgerforums and a forum's screens, quotas when none is named", () => {
    expect(parseRoute("#/forums")).toEqual({ page: "forums" });
    expect(parseRoute("#/forums/")).toEqual({ page: "forums" });
    expect(formatRoute({ page: "forums" })).toBe("#/forums");
    expect(parseRoute("#/forums/bolsward")).toEqual({ page: "forum", slug: "bolsward", tab: "quotas" });
    expect(parseRoute("#/forums/bolsward/quotas")).toEqual({ page: "forum", slug: "bolsward", tab: "quotas" });
    expect(parseRoute("#/forums/bolsward/register")).toEqual({ page: "forum", slug: "bolsward", tab: "register" });
    expect(parseRoute("#/forums/bolsward/draw")).toEqual({ page: "forum", slug: "bolsward", tab: "draw" });
  });

  it("writes a forum's links that read back as the same screen", () => {
    expect(forumHref("bolsward")).toBe("#/forums/bolsward");
    expect(forumHref("bolsward", "draw")).toBe("#/forums/bolsward/draw");
    expect(forumHref("a/b", "register")).toBe("#/forums/a%2Fb/register");
    expect(forumHref("bolsward", "call")).toBe("#/forums/bolsward/call");
    for (const tab of ["quotas", "register", "draw", "volunteers", "selection", "call"] as const) {
      expect(parseRoute(forumHref("a/b", tab))).toEqual({ page: "forum", slug: "a/b", tab });
    }
  });

  it("reads the accounts and the own password, and writes them back", () => {
    expect(parseRoute("#/accounts")).toEqual({ page: "accounts" });
    expect(parseRoute("#/accounts/")).toEqual({ page: "accounts" });
    expect(parseRoute("#/password")).toEqual({ page: "password" });
    expect(formatRoute({ page: "accounts" })).toBe("#/accounts");
    expect(formatRoute({ page: "password" })).toBe("#/password");
    expect(parseRoute("#/accounts/3")).toEqual({ page: "not_found", hash: "#/accounts/3" });
    expect(parseRoute("#/password?x=1")).toEqual({ page: "not_found", hash: "#/password?x=1" });
  });

  it("reads the own two-factor sign-in, and writes it back", () => {
    expect(parseRoute("#/two-factor")).toEqual({ page: "two-factor" });
    expect(formatRoute({ page: "two-factor" })).toBe("#/two-factor");
    expect(parseRoute("#/two-factor/reset")).toEqual({ page: "not_found", hash: "#/two-factor/reset" });
  });
});
