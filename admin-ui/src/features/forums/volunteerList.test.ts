import { describe, expect, it } from "vitest";
import type { ForumVolunteer } from "./api/types";
import { findVolunteers, pageOf, panelStatuses } from "./volunteerList";

function volunteer(n: number, more: Partial<ForumVolunteer> = {}): ForumVolunteer {
  return {
    id: `V${String(n).padStart(4, "0")}`,
    answers: { Leeftijd: n % 2 ? "65+" : "16-34", Woonplaats: n % 3 ? "Snits" : "Boalsert" },
    name: null,
    email: null,
    phone: null,
    source: "sign_up",
    registered_at: "2026-12-01T10:00:00Z",
    withdrawn_at: null,
    contact_deleted_at: null,
    ...more,
  } as ForumVolunteer;
}

const volunteers = [
  volunteer(1, { name: "Sjoukje de Jong", email: "sjoukje@example.nl" }),
  volunteer(2, { withdrawn_at: "2026-12-02T10:00:00Z" }),
  volunteer(3, { phone: "0513 123456" }),
  ...Array.from({ length: 120 }, (_, i) => volunteer(i + 4)),
];
const panel = panelStatuses([
  { id: "V0001", answers: {}, name: null, email: null, phone: null, status: "member", seat_status: "selected", seat_history: [] },
  { id: "V0003", answers: {}, name: null, email: null, phone: null, status: "dropout", seat_status: "selected", seat_history: [] },
  { id: "V0004", answers: {}, name: null, email: null, phone: null, status: "alternate", seat_status: "selected", seat_history: [] },
]);

describe("the volunteers' list at a real forum's size", () => {
  it("finds volunteers by id, name, contact or answer, case-blind", () => {
    expect(findVolunteers(volunteers, " SJOUKJE ", "all", panel).map((v) => v.id)).toEqual(["V0001"]);
    expect(findVolunteers(volunteers, "v0003", "all", panel).map((v) => v.id)).toEqual(["V0003"]);
    expect(findVolunteers(volunteers, "0513", "all", panel).map((v) => v.id)).toEqual(["V0003"]);
    expect(findVolunteers(volunteers, "boalsert", "all", panel)).toHaveLength(41);
    expect(findVolunteers(volunteers, "", "all", panel)).toHaveLength(123);
  });

  it("narrows by state: taking part, withdrawn, on the panel now (not a dropout)", () => {
    expect(findVolunteers(volunteers, "", "withdrawn", panel).map((v) => v.id)).toEqual(["V0002"]);
    expect(findVolunteers(volunteers, "", "active", panel)).toHaveLength(122);
    expect(findVolunteers(volunteers, "", "panel", panel).map((v) => v.id)).toEqual(["V0001", "V0004"]);
  });

  it("shows fifty a page, and a page beyond the last shows the last", () => {
    expect(pageOf(volunteers, 0)).toMatchObject({ page: 0, pages: 3, first: 1, last: 50 });
    expect(pageOf(volunteers, 2)).toMatchObject({ page: 2, pages: 3, first: 101, last: 123 });
    expect(pageOf(volunteers, 9).page).toBe(2);
    expect(pageOf([], 0)).toMatchObject({ pages: 1, first: 0, last: 0, rows: [] });
  });
});
