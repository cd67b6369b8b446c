// Which words name the screen in the browser's title (document.title), for the screens App shows
// itself; a survey's and a forum's screens name themselves.
import type { Route } from "../lib/routes";
import type { Session } from "../lib/session";
import { sections, shownRoute } from "./navigation";

export type ScreenTitle =
  | "appName"
  | "logIn"
  | "chooseOwnPassword"
  | "setUpTwoFactor"
  | "twoFactor"
  | "surveys"
  | "forums"
  | "accounts"
  | "noTasks"
  | "changePassword"
  | "pageNotFound";

/** The screen's name; null while a survey's or forum's own screen names itself. */
export function screenTitle(session: Session | null | undefined, route: Route): ScreenTitle | null {
  if (session === undefined) return "appName";
  if (session === null) return "logIn";
  // A required step comes before the screen the address names (the server refuses the rest).
  if (session.must_change_password) return "chooseOwnPassword";
  if (session.must_enrol_two_factor) return "setUpTwoFactor";
  // The first screen follows the account's rights (navigation.ts): the forums for one that has only those.
  const shown = shownRoute(session, route);
  switch (shown.page) {
    case "survey":
      return null;
    case "forum":
      return sections(session).forums ? null : "forums";
    case "surveys":
      return sections(session).surveys ? "surveys" : "noTasks";
    case "forums":
      return "forums";
    case "accounts":
      return "accounts";
    case "password":
      return "changePassword";
    case "two-factor":
      return session.two_factor_enabled ? "twoFactor" : "setUpTwoFactor";
    default:
      return "pageNotFound";
  }
}
