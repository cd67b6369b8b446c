// The volunteers' list at the size of a real forum (hundreds of rows): found by a search, narrowed
// by their state, shown a page at a time, with panel members marked.
import type { ForumVolunteer, PanelMember, PanelMemberStatus } from "./api/types";

export type VolunteerFilter = "all" | "active" | "withdrawn" | "panel";

export const volunteersPerPage = 50;

/** A volunteer's place on the panel, by id (nothing for those not on it). */
export function panelStatuses(members: PanelMember[]): Map<string, PanelMemberStatus> {
  return new Map(members.map((m) => [m.id, m.status]));
}

/**
 * The volunteers whose id, name, email, phone or answers contain `search` (case-blind, spaces at
 * the ends ignored) and whose state fits `filter`: still taking part, withdrawn, or on the panel
 * now (a member or an alternate who took a seat; not a dropout).
 */
export function findVolunteers(
  volunteers: ForumVolunteer[],
  search: string,
  filter: VolunteerFilter,
  panel: Map<string, PanelMemberStatus>,
): ForumVolunteer[] {
  const wanted = search.trim().toLocaleLowerCase("nl");
  return volunteers.filter((v) => {
    if (filter === "active" && v.withdrawn_at !== null) return false;
    if (filter === "withdrawn" && v.withdrawn_at === null) return false;
    if (filter === "panel" && !["member", "alternate"].includes(panel.get(v.id) ?? "")) return false;
    if (wanted === "") return true;
    return [v.id, v.name, v.email, v.phone, ...Object.values(v.answers)].some((text) => (text ?? "").toLocaleLowerCase("nl").includes(wanted));
  });
}

/** Page `page` (from 0) of `rows`, with where it starts and ends (1-based) and how many pages there are. */
export function pageOf<T>(rows: T[], page: number, size = volunteersPerPage) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(at * size, (at + 1) * size), page: at, pages, first: rows.length ? at * size + 1 : 0, last: Math.min(rows.length, (at + 1) * size) };
}
