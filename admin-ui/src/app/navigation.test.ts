import { describe, expect, it } from "vitest";
import type { Grant, Session } from "../lib/session";
import { homePage, sections, shownRoute } from "./navigation";

const forumTask: Grant = { scope: "forum", slug: "energie", title: "Burgerforum Energie", role: "caller" };
const surveyTask: Grant = { scope: "survey", slug: "wonen", title: "Wonen 2027", role: "analyst" };
const rights = (role: Session["role"], grants: Grant[] = []) => ({ role, grants });

describe("what the main menu offers", () => {
  it("offers everything to an administrator", () => {
    expect(sections(rights("admin"))).toEqual({ surveys: true, forums: true, accounts: true });
  });

  it("offers the surveys to an analyst, and the forums only with a task on one", () => {
    expect(sections(rights("analyst"))).toEqual({ surveys: true, forums: false, accounts: false });
    expect(sections(rights("analyst", [forumTask]))).toEqual({ surveys: true, forums: true, accounts: false });
  });

  it("offers an account without a municipality-wide role what its tasks are about", () => {
    expect(sections(rights("none"))).toEqual({ surveys: false, forums: false, accounts: false });
    expect(sections(rights("none", [forumTask]))).toEqual({ surveys: false, forums: true, accounts: false });
    expect(sections(rights("none", [surveyTask]))).toEqual({ surveys: true, forums: false, accounts: false });
    expect(sections(rights("none", [{ ...forumTask, role: "forum_manager" }, { ...surveyTask, role: "survey_manager" }]))).toEqual({
      surveys: true,
      forums: true,
      accounts: false,
    });
  });
});

describe("the first screen", () => {
  it("is the surveys, unless the account reaches only the forums", () => {
    expect(homePage(rights("admin"))).toBe("surveys");
    expect(homePage(rights("analyst"))).toBe("surveys");
    expect(homePage(rights("none", [surveyTask, forumTask]))).toBe("surveys");
    expect(homePage(rights("none", [forumTask]))).toBe("forums");
    expect(homePage(rights("none"))).toBe("surveys");
  });

  it("takes the place of the surveys' address only", () => {
    const caller = rights("none", [forumTask]);
    expect(shownRoute(caller, { page: "surveys" })).toEqual({ page: "forums" });
    expect(shownRoute(rights("analyst"), { page: "surveys" })).toEqual({ page: "surveys" });
    expect(shownRoute(caller, { page: "accounts" })).toEqual({ page: "accounts" });
    const survey = { page: "survey", slug: "wonen", tab: "overview", query: {} } as const;
    expect(shownRoute(caller, survey)).toBe(survey);
  });
});
