// Where a burgerforum stands, as the steps staff take from quotas to a seated panel: which are
// done, which one is next, and a fact for each, read from what the server already answers.
import type { ForumTab } from "../../lib/routes";
import type { Forum, ForumDraw, ForumPanel, ForumSelection, ForumVolunteers } from "./api/types";

export type StepName = "quotas" | "register" | "draw" | "sign_up" | "selection" | "panel";
export type StepStatus = "done" | "next" | "later";

export interface ForumStep {
  name: StepName;
  tab: ForumTab;
  status: StepStatus;
  /** A fact about the step for the screen to word: a count, or what is waited for. */
  fact: { kind: "quotas_conflict" | "rows" | "committed" | "invitations" | "volunteers" | "sign_up_open" | "runs" | "members"; count?: number } | null;
}

/** What the steps are read from; a query not answered yet is undefined (its step then claims nothing). */
export interface ForumProgressInput {
  forum: Forum;
  draw: ForumDraw | null | undefined;
  volunteers: ForumVolunteers | undefined;
  selection: ForumSelection | undefined;
  panel: ForumPanel | null | undefined;
}

type Done = Omit<ForumStep, "status"> & { done: boolean };

function facts({ forum, draw, volunteers, selection, panel }: ForumProgressInput): Done[] {
  const drawn = !!draw?.seed;
  const signUpClosed = !!volunteers && !volunteers.sign_up.open && volunteers.sign_up.closed_at !== null;
  return [
    {
      name: "quotas",
      tab: "quotas",
      done: forum.feasibility.feasible,
      fact: forum.feasibility.feasible ? null : { kind: "quotas_conflict" },
    },
    {
      name: "register",
      tab: "register",
      done: forum.register !== null || drawn,
      fact: forum.register ? { kind: "rows", count: forum.register.rows } : null,
    },
    {
      name: "draw",
      tab: "draw",
      done: drawn,
      fact: drawn ? { kind: "invitations", count: draw!.invitations } : draw ? { kind: "committed" } : null,
    },
    {
      name: "sign_up",
      tab: "volunteers",
      done: signUpClosed || !!panel,
      fact: volunteers ? { kind: volunteers.sign_up.open ? "sign_up_open" : "volunteers", count: volunteers.volunteers.length } : null,
    },
    {
      name: "selection",
      tab: "selection",
      done: !!selection?.fixed || !!panel,
      fact: selection && selection.runs.length > 0 ? { kind: "runs", count: selection.runs.length } : null,
    },
    { name: "panel", tab: "selection", done: !!panel, fact: panel ? { kind: "members", count: panel.members.length } : null },
  ];
}

/**
 * The steps in order. A step is done by what the server says; the first step not done after the
 * last one done is next, and so is every step not done before it (a forum can move on with its
 * quotas in conflict, for instance, and the screen should not hide that).
 */
export function forumSteps(input: ForumProgressInput): ForumStep[] {
  const steps = facts(input);
  const lastDone = steps.reduce((last, s, i) => (s.done ? i : last), -1);
  const following = steps.findIndex((s, i) => i > lastDone && !s.done);
  return steps.map(({ done, ...step }, i) => ({
    ...step,
    status: done ? "done" : i < lastDone || i === following ? "next" : "later",
  }));
}
