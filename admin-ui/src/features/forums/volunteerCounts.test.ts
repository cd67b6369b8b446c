import { describe, expect, it } from "vitest";
import type { ForumVolunteer } from "./api/types";
import { contactText, isShort, panelDropouts, signUpUrl, volunteerTally } from "./volunteerCounts";

function volunteer(id: string, withdrawn: boolean, email: string | null = null, phone: string | null = null): ForumVolunteer {
  return {
    id,
    answers: { Leeftijd: "65+" },
    name: null,
    email,
    phone,
    source: "sign_up",
    registered_at: "2026-11-30T06:00:00Z",
    withdrawn_at: withdrawn ? "2026-11-30T07:00:00Z" : null,
    contact_deleted_at: null,
  };
}

describe("volunteer counts", () => {
  it("counts panel members who dropped out once, over every round", () => {
    const round = (n: number, dropouts: string[]) => ({ round: n, seed: "1", dropouts, alternates: [], reasons: {}, drawn_by: "a", drawn_at: "t" });
    expect(panelDropouts([])).toBe(0);
    expect(panelDropouts([round(1, ["V0003", "V0007"]), round(2, ["V0007", "V0011"])])).toBe(3);
  });

  it("builds the sign-up address on the app's own server", () => {
    expect(signUpUrl("https://mienskip.example.nl", "/f/energie")).toBe("https://mienskip.example.nl/f/energie");
    expect(signUpUrl("http://127.0.0.1:8080/", "/f/energie")).toBe("http://127.0.0.1:8080/f/energie");
  });

  it("calls a value short only when fewer volunteers gave it than its minimum", () => {
    const count = { category: "Leeftijd", value: "65+", min: 3, max: 5 };
    expect(isShort({ ...count, volunteers: 2 })).toBe(true);
    expect(isShort({ ...count, volunteers: 3 })).toBe(false);
    expect(isShort({ ...count, min: 0, volunteers: 0 })).toBe(false);
  });

  it("counts withdrawn volunteers apart", () => {
    expect(volunteerTally([volunteer("V0001", false), volunteer("V0002", true), volunteer("V0003", false)])).toEqual({
      active: 2,
      withdrawn: 1,
    });
    expect(volunteerTally([])).toEqual({ active: 0, withdrawn: 0 });
  });

  it("shows whichever contact details were given", () => {
    expect(contactText(volunteer("V0001", false, "a@b.nl", "06 1234 5678"))).toBe("a@b.nl · 06 1234 5678");
    expect(contactText(volunteer("V0001", false, null, "06 1234 5678"))).toBe("06 1234 5678");
    expect(contactText(volunteer("V0001", false))).toBe("");
  });
});
