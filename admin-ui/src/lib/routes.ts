// The app's addresses live in the URL's hash (#/surveys/energie/results?by=area), so a reload or a
// bookmark comes back to the same screen while the server only ever serves /admin/.

export const surveyTabs = ["overview", "texts", "codes", "margins", "results", "motivations", "exports"] as const;
export type SurveyTab = (typeof surveyTabs)[number];

/** A burgerforum's screens; the quotas are its first (the address without a tab). "call": calling the drawn panel. */
export const forumTabs = ["quotas", "register", "draw", "volunteers", "selection", "call"] as const;
export type ForumTab = (typeof forumTabs)[number];

export type Route =
  | { page: "surveys" }
  | { page: "forums" }
  /** The staff accounts (administrators only). */
  | { page: "accounts" }
  /** The signed-in staff member's own password. */
  | { page: "password" }
  /** The signed-in staff member's own two-factor sign-in: setting it up, or that it is on. */
  | { page: "two-factor" }
  | { page: "forum"; slug: string; tab: ForumTab }
  | { page: "survey"; slug: string; tab: SurveyTab; query: Record<string, string> }
  | { page: "not_found"; hash: string };

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const withoutMark = hash.replace(/^#/, "");
  const queryAt = withoutMark.indexOf("?");
  const path = queryAt < 0 ? withoutMark : withoutMark.slice(0, queryAt);
  const query: Record<string, string> = {};
  if (queryAt >= 0) new URLSearchParams(withoutMark.slice(queryAt + 1)).forEach((value, key) => (query[key] = value));

  const segments = path.split("/").filter((s) => s !== "");
  if (segments.length === 0 || (segments.length === 1 && segments[0] === "surveys")) return { page: "surveys" };
  if (segments[0] === "surveys" && (segments.length === 2 || segments.length === 3)) {
    const slug = decode(segments[1]);
    const tab = segments[2] ?? "overview";
    if (slug && (surveyTabs as readonly string[]).includes(tab)) {
      return { page: "survey", slug, tab: tab as SurveyTab, query };
    }
  }
  if (segments.length === 1 && segments[0] === "forums" && queryAt < 0) return { page: "forums" };
  if (segments.length === 1 && segments[0] === "accounts" && queryAt < 0) return { page: "accounts" };
  if (segments.length === 1 && segments[0] === "password" && queryAt < 0) return { page: "password" };
  if (segments.length === 1 && segments[0] === "two-factor" && queryAt < 0) return { page: "two-factor" };
  if (segments[0] === "forums" && (segments.length === 2 || segments.length === 3) && queryAt < 0) {
    const slug = decode(segments[1]);
    const tab = segments[2] ?? "quotas";
    if (slug && (forumTabs as readonly string[]).includes(tab)) return { page: "forum", slug, tab: tab as ForumTab };
  }
  return { page: "not_found", hash };
}

export function formatRoute(route: Route): string {
  switch (route.page) {
    case "surveys":
      return "#/surveys";
    case "forums":
      return "#/forums";
    case "accounts":
      return "#/accounts";
    case "password":
      return "#/password";
    case "two-factor":
      return "#/two-factor";
    case "forum":
      return `#/forums/${encodeURIComponent(route.slug)}${route.tab === "quotas" ? "" : `/${route.tab}`}`;
    case "not_found":
      return route.hash || "#/";
    case "survey": {
      const tab = route.tab === "overview" ? "" : `/${route.tab}`;
      const query = new URLSearchParams(route.query).toString();
      return `#/surveys/${encodeURIComponent(route.slug)}${tab}${query ? `?${query}` : ""}`;
    }
  }
}

/** The link to one screen of a survey. */
export function surveyHref(slug: string, tab: SurveyTab = "overview", query: Record<string, string> = {}): string {
  return formatRoute({ page: "survey", slug, tab, query });
}

/** The link to one screen of a burgerforum. */
export function forumHref(slug: string, tab: ForumTab = "quotas"): string {
  return formatRoute({ page: "forum", slug, tab });
}
