// What the signed-in account may do on each burgerforum, as the list and a forum's page say
// (`may`): run its lottery ("manage": every screen of the forum) or call its panel ("call": the
// panel's names, contact details and seat statuses, and recording calls). The server decides;
// this only chooses the screens.
import { forumTabs, type ForumTab } from "../../lib/routes";
import type { Forum } from "./api/types";

type Rights = Pick<Forum, "may">;

/** The forum's own screens (quotas, register, draw, volunteers, selection). */
export function mayManage(forum: Rights): boolean {
  return forum.may.includes("manage");
}

/** Only calling the panel (its names, contact details and seat statuses). */
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

/** Whether the account may call the forum's panel (callers and its managers). */
export function mayCall(forum: Rights): boolean {
  return forum.may.includes("call");
}

/**
 * The tabs of a forum's own screens: every one, but calling the panel only for an account that may
 * call once the panel is drawn (or when that is the screen shown, so the menu marks it). `forum` is
 * null while it loads.
 */
export function forumTabsFor(forum: Rights | null, panelDrawn: boolean, current: ForumTab): ForumTab[] {
  const calls = (!!forum && mayCall(forum) && panelDrawn) || current === "call";
  return forumTabs.filter((tab) => tab !== "call" || calls);
}
