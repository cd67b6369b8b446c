import { describe, expect, it } from "vitest";
import type { SeatCounts } from "./api/types";
import { latestSeatChange, mayBeReplaced, roundDropoutsText, seatCountsText, seatedText, seatStatuses, seatStatusText, seatTotal } from "./seatStatus";

const counts = (changes: Partial<SeatCounts>): SeatCounts => ({
  selected: 0,
  contacted: 0,
  confirmed: 0,
  declined: 0,
  unreachable: 0,
  withdrawn: 0,
  ...changes,
});

describe("where the panel's members stand", () => {
  it("words each status as a label, in both languages", () => {
    expect(seatStatuses.map((s) => seatStatusText(s, "nl"))).toEqual(["Geselecteerd", "Benaderd", "Bevestigd", "Afgezegd", "Onbereikbaar", "Teruggetrokken"]);
    expect(seatStatuses.map((s) => seatStatusText(s, "en"))).toEqual(["Selected", "Contacted", "Confirmed", "Declined", "Unreachable", "Withdrawn"]);
  });

  it("replaces only members on the panel now who declined or withdrew", () => {
    expect(mayBeReplaced({ status: "member", seat_status: "declined" })).toBe(true);
    expect(mayBeReplaced({ status: "alternate", seat_status: "withdrawn" })).toBe(true);
    for (const seat of ["selected", "contacted", "confirmed", "unreachable"] as const) {
      expect(mayBeReplaced({ status: "member", seat_status: seat })).toBe(false);
    }
    expect(mayBeReplaced({ status: "dropout", seat_status: "declined" })).toBe(false);
  });

  it("sums up the counts: the confirmed of all, then what still needs doing, without the statuses no one has", () => {
    const panel = counts({ selected: 27, contacted: 3, confirmed: 12, declined: 2, unreachable: 1 });
    expect(seatTotal(panel)).toBe(45);
    expect(seatCountsText(panel, "nl")).toBe("12 van 45 leden bevestigd; 2 afgezegd; 1 onbereikbaar; 3 benaderd; 27 nog niet benaderd.");
    expect(seatCountsText(counts({ selected: 1, withdrawn: 1 }), "en")).toBe("0 of 2 members confirmed; 1 withdrawn; 1 not contacted yet.");
    expect(seatCountsText(counts({ selected: 1 }), "nl")).toBe("0 van 1 lid bevestigd; 1 nog niet benaderd.");
    expect(seatCountsText(counts({ confirmed: 1200 }), "nl")).toBe("1.200 van 1.200 leden bevestigd.");
  });

  it("says when the panel is complete", () => {
    expect(seatedText(counts({ confirmed: 45 }), "nl")).toBe("Het panel is compleet: alle 45 leden hebben bevestigd.");
    expect(seatedText(counts({ confirmed: 45 }), "en")).toBe("The panel is complete: all 45 members have confirmed.");
  });

  it("finds the latest change, the last of the history", () => {
    const change = (status: "contacted" | "confirmed", at: string) => ({ status, comment: "x", changed_by: "a@b.nl", changed_at: at });
    expect(latestSeatChange([])).toBeNull();
    expect(latestSeatChange([change("contacted", "1"), change("confirmed", "2")])?.status).toBe("confirmed");
  });

  it("says why each dropout of a round was replaced, and only the numbers for a round from before reasons were kept", () => {
    const round = { dropouts: ["V0003", "V0010"], reasons: { V0003: "declined", V0010: "withdrawn" } as const };
    expect(roundDropoutsText(round, "nl")).toBe("V0003 (afgezegd), V0010 (teruggetrokken)");
    expect(roundDropoutsText(round, "en")).toBe("V0003 (declined), V0010 (withdrawn)");
    expect(roundDropoutsText({ dropouts: ["V0003"], reasons: {} }, "nl")).toBe("V0003");
  });
});
