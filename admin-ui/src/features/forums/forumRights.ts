// What the signed-in account may do on each burgerforum, as the list and a forum's page say
// (`may`): run its lottery ("manage": every screen of the forum) or call its panel ("call": only
// the panel's names and contact details). The server decides; this only chooses the screens.
import type { Forum } from "./api/types";

type Rights = Pick<Forum, "may">;

/** The forum's own screens (quotas, register, draw, volunteers, selection). */
export function mayManage(forum: Rights): boolean {
  return forum.may.includes("manage");
}

/** Only the panel's names and contact details. */
export function callsOnly(forum: Rights): boolean {
  return !mayManage(forum) && forum.may.includes("call");
}

/** What a forum's address opens: its own screens, the callers' screen, or nothing yet while the list that says which is loading. */
export type ForumView = "manage" | "call" | "waiting";

/**
 * The screen for the forum `slug`. An administrator manages every forum (no need to wait for the
 * list); anyone else by the list's `may`. A forum the list does not have opens its own screens,
 * which show the server's refusal.
 */
export function forumView(admin: boolean, forums: readonly Pick<Forum, "slug" | "may">[] | undefined, slug: string): ForumView {
  if (admin) return "manage";
  if (!forums) return "waiting";
  const forum = forums.find((f) => f.slug === slug);
  return forum && callsOnly(forum) ? "call" : "manage";
}
