import { describe, expect, it } from "vitest";
import { forumSteps, type ForumProgressInput } from "./forumProgress";
import type { Forum, ForumDraw, ForumPanel, ForumSelection, ForumVolunteers } from "./api/types";

const feasible = { feasible: true, checked_against: "quotas" as const, conflicts: [], relaxation: [] };
const forum = { slug: "f", name: "F", municipality: "M", panel_size: 4, categories: [], register: null, feasibility: feasible } as unknown as Forum;
const withRegister = { ...forum, register: { rows: 200 } } as Forum;
const committed = { seed: null, invitations: 0 } as unknown as ForumDraw;
const drawn = { seed: "1 2 3", invitations: 20 } as unknown as ForumDraw;
const signUp = (open: boolean, count: number) =>
  ({ sign_up: { open, closed_at: open ? null : "2027-01-01T00:00:00Z" }, volunteers: Array(count).fill({}) }) as unknown as ForumVolunteers;
const noSelection = { runs: [], fixed: null } as unknown as ForumSelection;
const fixed = { runs: [{}, {}], fixed: { run: 2 } } as unknown as ForumSelection;
const panel = { members: Array(4).fill({}) } as unknown as ForumPanel;

const statuses = (input: ForumProgressInput) => forumSteps(input).map((s) => `${s.name}:${s.status}`);

describe("where a forum stands", () => {
  it("starts at the register once the quotas can fill a forum", () => {
    expect(statuses({ forum, draw: null, volunteers: undefined, selection: undefined, panel: undefined })).toEqual([
      "quotas:done", "register:next", "draw:later", "sign_up:later", "selection:later", "panel:later",
    ]);
  });

  it("says a commitment waits for its seed", () => {
    const steps = forumSteps({ forum: withRegister, draw: committed, volunteers: undefined, selection: undefined, panel: undefined });
    expect(steps[1].fact).toEqual({ kind: "rows", count: 200 });
    expect(steps[2]).toMatchObject({ status: "next", fact: { kind: "committed" } });
  });

  it("follows the forum to its panel", () => {
    const open = { forum: withRegister, draw: drawn, volunteers: signUp(true, 12), selection: noSelection, panel: null };
    expect(statuses(open).slice(2)).toEqual(["draw:done", "sign_up:next", "selection:later", "panel:later"]);
    expect(forumSteps(open)[3].fact).toEqual({ kind: "sign_up_open", count: 12 });
    const closed = { ...open, volunteers: signUp(false, 12), selection: fixed };
    expect(statuses(closed).slice(3)).toEqual(["sign_up:done", "selection:done", "panel:next"]);
    const seated = { ...closed, panel };
    expect(statuses(seated).every((s) => s.endsWith(":done"))).toBe(true);
    expect(forumSteps(seated)[5].fact).toEqual({ kind: "members", count: 4 });
  });

  it("does not hide a step left open behind one that is done", () => {
    // The register's personal data deleted after the draw: the register step counts as done by the draw.
    const infeasible = { ...forum, feasibility: { ...feasible, feasible: false } } as Forum;
    expect(statuses({ forum: infeasible, draw: drawn, volunteers: signUp(true, 3), selection: noSelection, panel: null }).slice(0, 4)).toEqual([
      "quotas:next", "register:done", "draw:done", "sign_up:next",
    ]);
  });
});
