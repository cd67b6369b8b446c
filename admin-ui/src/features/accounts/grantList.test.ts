import { describe, expect, it } from "vitest";
import type { Grant } from "./api/types";
import { grantRoles, grantsBody, sameTarget, withGrant, withoutGrant } from "./grantList";

const energie: Grant = { scope: "forum", slug: "energie", title: "Burgerforum Energie", role: "caller" };
const wonen: Grant = { scope: "survey", slug: "wonen", title: "Wonen 2027", role: "analyst" };

describe("the roles a task offers", () => {
  it("offers a forum's roles for a forum and a survey's for a survey, the narrower first", () => {
    expect(grantRoles("forum")).toEqual(["caller", "forum_manager"]);
    expect(grantRoles("survey")).toEqual(["analyst", "survey_manager"]);
  });
});

describe("an account's tasks as the panel changes them", () => {
  it("adds a task on a forum or survey that has none yet", () => {
    expect(withGrant([energie], wonen)).toEqual([energie, wonen]);
  });

  it("gives a forum that already has a task the new role in its place, never a second task", () => {
    const manager: Grant = { ...energie, role: "forum_manager" };
    expect(withGrant([energie, wonen], manager)).toEqual([manager, wonen]);
    expect(withGrant([energie, wonen], manager).filter((g) => sameTarget(g, energie))).toHaveLength(1);
  });

  it("tells a forum and a survey with the same short name apart", () => {
    const survey: Grant = { ...wonen, slug: "energie" };
    expect(sameTarget(energie, survey)).toBe(false);
    expect(withGrant([energie], survey)).toEqual([energie, survey]);
    expect(withoutGrant([energie, survey], survey)).toEqual([energie]);
  });

  it("removes the task on one forum or survey", () => {
    expect(withoutGrant([energie, wonen], { scope: "forum", slug: "energie" })).toEqual([wonen]);
    expect(withoutGrant([energie, wonen], { scope: "forum", slug: "elders" })).toEqual([energie, wonen]);
  });

  it("leaves the list it was given as it was", () => {
    const list = [energie];
    withGrant(list, wonen);
    withoutGrant(list, energie);
    expect(list).toEqual([energie]);
  });
});

describe("the body of PUT .../grants", () => {
  it("sends the whole list after an addition, by scope, slug and role, without titles", () => {
    const added = withGrant([energie, wonen], { scope: "forum", slug: "energie", title: "Burgerforum Energie", role: "forum_manager" });
    expect(grantsBody(added)).toEqual({
      grants: [
        { scope: "forum", slug: "energie", role: "forum_manager" },
        { scope: "survey", slug: "wonen", role: "analyst" },
      ],
    });
  });

  it("sends what is left after a removal, and an empty list for none", () => {
    expect(grantsBody(withoutGrant([energie, wonen], energie))).toEqual({ grants: [{ scope: "survey", slug: "wonen", role: "analyst" }] });
    expect(grantsBody(withoutGrant([energie], energie))).toEqual({ grants: [] });
  });
});
