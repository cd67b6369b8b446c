import { describe, expect, it } from "vitest";
import { targetChoices, targetValue } from "./taskTargets";

describe("the forums and surveys a task can be on", () => {
  it("names each by its scope and short name, so a forum and a survey of the same name differ", () => {
    expect(targetValue({ scope: "forum", slug: "energie" })).toBe("forum:energie");
    expect(targetValue({ scope: "survey", slug: "energie" })).toBe("survey:energie");
  });

  it("offers the forums and the surveys in one dropdown, each said to be one or the other", () => {
    const targets = [
      { scope: "forum" as const, slug: "energie", title: "Burgerforum Energie" },
      { scope: "survey" as const, slug: "wonen", title: "Wonen 2027" },
    ];
    expect(targetChoices(targets, "nl")).toEqual([
      { value: "forum:energie", label: "Forum: Burgerforum Energie" },
      { value: "survey:wonen", label: "Enquête: Wonen 2027" },
    ]);
    expect(targetChoices(targets, "en").map((c) => c.label)).toEqual(["Forum: Burgerforum Energie", "Survey: Wonen 2027"]);
  });
});
