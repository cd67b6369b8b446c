import { describe, expect, it } from "vitest";
import { translator } from "../../lib/text";
import { forumSteps, stepFactText, type ForumProgressInput } from "./forumProgress";
import type { Forum, ForumDraw, ForumPanel, ForumSelection, ForumVolunteers, PanelMember, SeatCounts } from "./api/types";
import { forumTexts } from "./texts";

const feasible = { feasible: true, checked_against: "quotas" as const, conflicts: [], relaxation: [] };
const forum = { slug: "f", name: "F", municipality: "M", panel_size: 4, categories: [], register: null, feasibility: feasible } as unknown as Forum;
const withRegister = { ...forum, register: { rows: 200 } } as Forum;
const committed = { seed: null, invitations: 0 } as unknown as ForumDraw;
const drawn = { seed: "1 2 3", invitations: 20 } as unknown as ForumDraw;
const signUp = (open: boolean, count: number) =>
  ({ sign_up: { open, closed_at: open ? null : "2027-01-01T00:00:00Z" }, volunteers: Array(count).fill({}) }) as unknown as ForumVolunteers;
const noSelection = { runs: [], fixed: null } as unknown as ForumSelection;
const fixed = { runs: [{}, {}], fixed: { run: 2 } } as unknown as ForumSelection;
const noCounts: SeatCounts = { selected: 0, contacted: 0, confirmed: 0, declined: 0, unreachable: 0, withdrawn: 0 };
const seatedPanel = (members: Pick<PanelMember, "status">[], counts: Partial<SeatCounts>, seated: boolean) =>
  ({ members, seated, seat_counts: { ...noCounts, ...counts } }) as unknown as ForumPanel;
const panel = seatedPanel(Array(4).fill({ status: "member" }), { confirmed: 4 }, true);

const statuses = (input: ForumProgressInput) => forumSteps(input).map((s) => `${s.name}:${s.status}`);

describe("where a forum stands", () => {
  it("starts at the register once the quotas can fill a forum", () => {
    expect(statuses({ forum, draw: null, volunteers: undefined, selection: undefined, panel: undefined })).toEqual([
      "quotas:done", "register:next", "draw:later", "sign_up:later", "selection:later", "panel:later", "seated:later",
    ]);
  });

  it("says a commitment waits for its seed", () => {
    const steps = forumSteps({ forum: withRegister, draw: committed, volunteers: undefined, selection: undefined, panel: undefined });
    expect(steps[1].fact).toEqual({ kind: "rows", count: 200 });
    expect(steps[2]).toMatchObject({ status: "next", fact: { kind: "committed" } });
  });

  it("follows the forum to its panel", () => {
    const open = { forum: withRegister, draw: drawn, volunteers: signUp(true, 12), selection: noSelection, panel: null };
    expect(statuses(open).slice(2)).toEqual(["draw:done", "sign_up:next", "selection:later", "panel:later", "seated:later"]);
    expect(forumSteps(open)[3].fact).toEqual({ kind: "sign_up_open", count: 12 });
    const closed = { ...open, volunteers: signUp(false, 12), selection: fixed };
    expect(statuses(closed).slice(3)).toEqual(["sign_up:done", "selection:done", "panel:next", "seated:later"]);
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

  describe("to a seated panel", () => {
    const ready = { forum: withRegister, draw: drawn, volunteers: signUp(false, 40), selection: fixed };
    const members = (count: number, status: PanelMember["status"]) => Array(count).fill({ status }) as Pick<PanelMember, "status">[];
    const seatedStep = (input: ForumProgressInput) => forumSteps(input)[6];
    const nl = translator(forumTexts, "nl");
    const en = translator(forumTexts, "en");

    it("is the last step, on the tab for calling the panel, and claims nothing before the panel is drawn", () => {
      for (const before of [undefined, null]) {
        expect(seatedStep({ ...ready, panel: before })).toEqual({ name: "seated", tab: "call", status: "later", fact: null });
      }
      expect(forumSteps({ ...ready, panel: null }).map((s) => s.name)).toEqual([
        "quotas", "register", "draw", "sign_up", "selection", "panel", "seated",
      ]);
    });

    it("is next once the panel is drawn, with how many of its members confirmed", () => {
      const input = { ...ready, panel: seatedPanel(members(30, "member"), { confirmed: 12, contacted: 5, selected: 13 }, false) };
      const step = seatedStep(input);
      expect(step).toEqual({ name: "seated", tab: "call", status: "next", fact: { kind: "confirmed", count: 12, of: 30 } });
      expect(statuses(input).slice(5)).toEqual(["panel:done", "seated:next"]);
      expect(forumSteps(input).find((s) => s.status === "next")?.tab).toBe("call");
      expect(stepFactText(step, nl)).toBe("12 van 30 leden bevestigd");
      expect(stepFactText(step, en)).toBe("12 of 30 members confirmed");
      expect(stepFactText({ status: "next", fact: { kind: "confirmed", count: 0, of: 1 } }, nl)).toBe("0 van 1 lid bevestigd");
    });

    it("is done when the server says the panel is seated", () => {
      const input = { ...ready, panel: seatedPanel(members(30, "member"), { confirmed: 30 }, true) };
      const step = seatedStep(input);
      expect(step).toEqual({ name: "seated", tab: "call", status: "done", fact: { kind: "confirmed", count: 30, of: 30 } });
      expect(statuses(input).every((s) => s.endsWith(":done"))).toBe(true);
      expect(forumSteps(input).some((s) => s.status === "next")).toBe(false);
      expect(stepFactText(step, nl)).toBe("alle 30 leden bevestigd");
      expect(stepFactText(step, en)).toBe("all 30 members confirmed");
    });

    it("counts only the members of the panel as it is now, not who dropped out", () => {
      // Two dropped out and were replaced by alternates: 30 members now, 32 ever drawn.
      const now = [...members(28, "member"), ...members(2, "alternate"), ...members(2, "dropout")];
      const partly = seatedStep({ ...ready, panel: seatedPanel(now, { confirmed: 12, selected: 18 }, false) });
      expect(partly.fact).toEqual({ kind: "confirmed", count: 12, of: 30 });
      const all = seatedStep({ ...ready, panel: seatedPanel(now, { confirmed: 30 }, true) });
      expect(all).toMatchObject({ status: "done", fact: { kind: "confirmed", count: 30, of: 30 } });
      expect(stepFactText(all, nl)).toBe("alle 30 leden bevestigd");
    });
  });
});
