// Where a burgerforum stands, as the steps staff take from quotas to a seated panel: which are
// done, which one is next, and a fact for each, read from what the server already answers.
import type { ForumTab } from "../../lib/routes";
import type { Translate } from "../../lib/text";
import type { Forum, ForumDraw, ForumPanel, ForumSelection, ForumVolunteers } from "./api/types";
import type { ForumTextKey, forumTexts } from "./texts";

export type StepName = "quotas" | "register" | "draw" | "sign_up" | "selection" | "panel" | "seated";
export type StepStatus = "done" | "next" | "later";

export interface ForumStep {
  name: StepName;
  tab: ForumTab;
  status: StepStatus;
  /**
   * A fact about the step for the screen to word: a count, or what is waited for; `of` is the
   * whole a count is part of ("12 of 30 members confirmed").
   */
  fact: StepFact | null;
}

export interface StepFact {
  kind: "quotas_conflict" | "rows" | "committed" | "invitations" | "volunteers" | "sign_up_open" | "runs" | "members" | "confirmed";
  count?: number;
  of?: number;
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
    {
      // Seated: every member of the panel as it is now (dropouts replaced, so not counted) called and confirmed.
      name: "seated",
      tab: "call",
      done: !!panel?.seated,
      fact: panel
        ? { kind: "confirmed", count: panel.seat_counts.confirmed, of: panel.members.filter((m) => m.status !== "dropout").length }
        : null,
    },
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

const factNames: Record<StepFact["kind"], ForumTextKey> = {
  quotas_conflict: "progressQuotasConflict",
  rows: "progressRows",
  committed: "progressCommitted",
  invitations: "progressInvitations",
  volunteers: "progressVolunteers",
  sign_up_open: "progressSignUpOpen",
  runs: "progressRuns",
  members: "progressMembers",
  confirmed: "progressConfirmed",
};

/**
 * The step's fact in words ("20 uitnodigingen"), or null for none. The confirmed members of a
 * seated panel are all of them ("alle 30 leden bevestigd"); before, how many of how many
 * ("12 van 30 leden bevestigd"), agreeing with the whole.
 */
export function stepFactText(step: Pick<ForumStep, "status" | "fact">, t: Translate<typeof forumTexts>): string | null {
  const { fact } = step;
  if (!fact) return null;
  if (fact.kind === "confirmed") {
    return step.status === "done"
      ? t("progressAllConfirmed", { count: fact.of })
      : t("progressConfirmed", { confirmed: fact.count, count: fact.of });
  }
  return t(factNames[fact.kind], { count: fact.count });
}
