import type { ForumDraw } from "./api/types";
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import { forumTexts } from "./texts";

export type DrawState = "not_committed" | "committed" | "register_changed" | "drawn";

/** How far a forum's invitation draw is: nothing yet, committed (and still valid), or drawn. */
export function drawState(draw: ForumDraw | null): DrawState {
  if (!draw) return "not_committed";
  if (draw.seed !== null) return "drawn";
  return draw.register_changed ? "register_changed" : "committed";
}

export function drawStateText(draw: ForumDraw | null, language: Language): string {
  const state = drawState(draw);
  if (state === "drawn") return translate(forumTexts, language, "stateDrawn", { count: draw!.invitations });
  return translate(forumTexts, language, state === "committed" ? "stateCommitted" : state === "register_changed" ? "stateRegisterChanged" : "stateNotCommitted");
}
