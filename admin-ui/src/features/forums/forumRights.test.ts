import { describe, expect, it } from "vitest";
import { callsOnly, forumTabsFor, forumView, mayCall, mayManage } from "./forumRights";

const forums = [
  { slug: "energie", may: ["manage" as const, "call" as const] },
  { slug: "wonen", may: ["call" as const] },
];

describe("what the account may do on a forum", () => {
  it("manages with manage, calls only with call alone", () => {
    expect(mayManage(forums[0])).toBe(true);
    expect(callsOnly(forums[0])).toBe(false);
    expect(mayManage(forums[1])).toBe(false);
    expect(callsOnly(forums[1])).toBe(true);
    expect(callsOnly({ may: [] })).toBe(false);
  });

  it("opens the callers' screen for a forum the account may only call", () => {
    expect(forumView(false, forums, "wonen")).toBe("call");
    expect(forumView(false, forums, "energie")).toBe("manage");
  });

  it("waits for the list, except for an administrator", () => {
    expect(forumView(false, undefined, "wonen")).toBe("waiting");
    expect(forumView(true, undefined, "wonen")).toBe("manage");
  });

  it("leaves a forum the list does not have to its own screen, which shows the server's refusal", () => {
    expect(forumView(false, forums, "elders")).toBe("manage");
  });
});

describe("the tabs of a forum's own screens", () => {
  const all = ["quotas", "register", "draw", "volunteers", "selection"];

  it("offer calling the panel to who may call, once it is drawn", () => {
    expect(mayCall(forums[0])).toBe(true);
    expect(mayCall({ may: ["manage"] })).toBe(false);
    expect(forumTabsFor(forums[0], true, "quotas")).toEqual([...all, "call"]);
    expect(forumTabsFor(forums[0], false, "quotas")).toEqual(all);
    expect(forumTabsFor({ may: ["manage"] }, true, "selection")).toEqual(all);
  });

  it("mark calling the panel when that is the screen shown, also while the forum loads", () => {
    expect(forumTabsFor(null, false, "call")).toEqual([...all, "call"]);
    expect(forumTabsFor(null, true, "quotas")).toEqual(all);
  });
});
