// What the volunteers tab says about the volunteers against the quotas.
import type { ForumVolunteer, PanelRound, VolunteerCount } from "./api/types";

/** The sign-up page's full address, as residents type it from their letter: on the server the app came from. */
export function signUpUrl(origin: string, path: string): string {
  return origin.replace(/\/+$/, "") + path;
}

/** A quota value whose minimum the volunteers cannot fill: no panel can meet it without more volunteers. */
export function isShort(count: VolunteerCount): boolean {
  return count.volunteers < count.min;
}

/** Volunteers taking part and those who withdrew (they stay listed; their number is not reused). */
export function volunteerTally(volunteers: ForumVolunteer[]): { active: number; withdrawn: number } {
  const withdrawn = volunteers.filter((v) => v.withdrawn_at !== null).length;
  return { active: volunteers.length - withdrawn, withdrawn };
}

/** A volunteer's email and phone, in that order, whichever they gave. */
export function contactText(volunteer: ForumVolunteer): string {
  return [volunteer.email, volunteer.phone].filter((part): part is string => !!part).join(" · ");
}

/** Panel members who dropped out after the draw (each once, over every round of alternates): not
 * the same as volunteers who withdrew before it, so the counts say both. */
export function panelDropouts(rounds: PanelRound[]): number {
  return new Set(rounds.flatMap((r) => r.dropouts)).size;
}
