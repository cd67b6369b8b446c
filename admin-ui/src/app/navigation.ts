// Which parts of the app an account reaches, from its municipality-wide role and its tasks: the
// main menu shows these, and the first screen is the first of them. The server decides what is
// allowed (403 `forbidden`); this only leaves out what would be refused.
import type { Route } from "../lib/routes";
import type { Session } from "../lib/session";

/** The main menu's parts. */
export interface Sections {
  surveys: boolean;
  forums: boolean;
  accounts: boolean;
}

type Rights = Pick<Session, "role" | "grants">;

/**
 * Surveys for admins, analysts (who read every survey) and anyone with a task on a survey;
 * burgerforums for admins and anyone with a task on a forum; accounts for admins only.
 */
export function sections({ role, grants }: Rights): Sections {
  const admin = role === "admin";
  return {
    surveys: admin || role === "analyst" || grants.some((grant) => grant.scope === "survey"),
    forums: admin || grants.some((grant) => grant.scope === "forum"),
    accounts: admin,
  };
}

/** The first screen (the app's address without a screen, and the app's name in the header): the
 * surveys, or the burgerforums for an account that reaches only those. */
export function homePage(rights: Rights): "surveys" | "forums" {
  const reaches = sections(rights);
  return !reaches.surveys && reaches.forums ? "forums" : "surveys";
}

/**
 * The screen shown for `route`: the surveys' address (which is also the address without a
 * screen) shows the burgerforums to an account that reaches only those; every other address
 * shows its own screen.
 */
export function shownRoute(rights: Rights, route: Route): Route {
  return route.page === "surveys" ? { page: homePage(rights) } : route;
}
