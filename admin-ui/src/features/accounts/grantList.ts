// An account's tasks as the panel changes them: one task per forum or survey (the server refuses
// two), the roles each scope offers, and the list as PUT .../grants takes it (the whole list,
// without the titles).
import type { Grant, GrantInput, GrantRole, GrantScope } from "./api/types";

const scopeRoles: Record<GrantScope, GrantRole[]> = {
  // The narrower role first: it is what the form offers until another is chosen.
  forum: ["caller", "forum_manager"],
  survey: ["analyst", "survey_manager"],
};

/** The roles a task on a forum, or on a survey, can give. */
export function grantRoles(scope: GrantScope): GrantRole[] {
  return scopeRoles[scope];
}

/** Whether two tasks are on the same forum or survey. */
export function sameTarget(a: Pick<Grant, "scope" | "slug">, b: Pick<Grant, "scope" | "slug">): boolean {
  return a.scope === b.scope && a.slug === b.slug;
}

/** The list with `grant` added; a task on the same forum or survey takes its role (in its place). */
export function withGrant<G extends GrantInput>(grants: readonly G[], grant: G): G[] {
  return grants.some((g) => sameTarget(g, grant)) ? grants.map((g) => (sameTarget(g, grant) ? grant : g)) : [...grants, grant];
}

/** The list without the task on `target`'s forum or survey. */
export function withoutGrant<G extends GrantInput>(grants: readonly G[], target: Pick<Grant, "scope" | "slug">): G[] {
  return grants.filter((g) => !sameTarget(g, target));
}

/** The body of PUT .../grants: every task by scope, slug and role; the titles are the server's. */
export function grantsBody(grants: readonly GrantInput[]): { grants: GrantInput[] } {
  return { grants: grants.map(({ scope, slug, role }) => ({ scope, slug, role })) };
}
