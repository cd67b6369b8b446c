import { describe, expect, it } from "vitest";
import type { Grant } from "./api/types";
import { grantRoleName, grantText, grantsSummary } from "./grantWords";

const task = (role: Grant["role"], title: string, slug = "x"): Grant => ({
  scope: role === "forum_manager" || role === "caller" ? "forum" : "survey",
  slug,
  title,
  role,
});

describe("a task in words", () => {
  it("names each role with its forum or survey, in Dutch and English", () => {
    expect(grantText(task("forum_manager", "Burgerforum Energie"), "nl")).toBe("Forumbeheerder van Burgerforum Energie");
    expect(grantText(task("caller", "Burgerforum Energie"), "nl")).toBe("Beller van Burgerforum Energie");
    expect(grantText(task("survey_manager", "Wonen 2027"), "nl")).toBe("Enquêtebeheerder van Wonen 2027");
    expect(grantText(task("analyst", "Wonen 2027"), "nl")).toBe("Analist van Wonen 2027");
    expect(grantText(task("forum_manager", "Burgerforum Energie"), "en")).toBe("Forum manager of Burgerforum Energie");
    expect(grantText(task("caller", "Burgerforum Energie"), "en")).toBe("Caller for Burgerforum Energie");
    expect(grantText(task("survey_manager", "Wonen 2027"), "en")).toBe("Survey manager of Wonen 2027");
    expect(grantText(task("analyst", "Wonen 2027"), "en")).toBe("Analyst of Wonen 2027");
  });

  it("names the forum or survey by its short name when it has no title", () => {
    expect(grantText(task("caller", "", "energie"), "nl")).toBe("Beller van energie");
  });

  it("names a role on its own", () => {
    expect(grantRoleName("caller", "nl")).toBe("Beller");
    expect(grantRoleName("survey_manager", "en")).toBe("Survey manager");
  });
});

describe("the accounts list's summary of the tasks", () => {
  const four = [task("forum_manager", "Energie"), task("caller", "Wonen"), task("analyst", "Zon"), task("survey_manager", "Wind")];

  it("says there are none", () => {
    expect(grantsSummary([], "nl")).toBe("geen");
    expect(grantsSummary([], "en")).toBe("none");
  });

  it("names one or two tasks in full", () => {
    expect(grantsSummary(four.slice(0, 1), "nl")).toBe("Forumbeheerder van Energie");
    expect(grantsSummary(four.slice(0, 2), "nl")).toBe("Forumbeheerder van Energie; Beller van Wonen");
  });

  it("counts the rest, agreeing with the count", () => {
    expect(grantsSummary(four.slice(0, 3), "nl")).toBe("Forumbeheerder van Energie; Beller van Wonen en nog 1 taak");
    expect(grantsSummary(four, "nl")).toBe("Forumbeheerder van Energie; Beller van Wonen en nog 2 taken");
    expect(grantsSummary(four.slice(0, 3), "en")).toBe("Forum manager of Energie; Caller for Wonen and 1 more task");
    expect(grantsSummary(four, "en")).toBe("Forum manager of Energie; Caller for Wonen and 2 more tasks");
  });
});
