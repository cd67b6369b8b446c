import { describe, expect, it } from "vitest";
import { drawFormFrom, drawParameters, selectableColumns } from "./drawForm";
import { drawState } from "./drawState";
import type { ForumDraw } from "./api/types";

const committed: ForumDraw = {
  version: 1,
  versions: [],
  seed_not_before: "2026-11-26T14:15:16Z",
  seed_time_reached: false,
  parameters: { count: 60, stratify_by: "dorp", household_key: ["postcode", "huisnummer"] },
  register_sha256: "a".repeat(64),
  register_changed: false,
  exclusion_sha256: "b".repeat(64),
  commitment: "c".repeat(64),
  committed_by: "beheer@example.nl",
  committed_at: "2026-11-25T14:15:16Z",
  seed: null,
  drawn_by: null,
  drawn_at: null,
  receipt: null,
  invitations: 0,
  personal_data_deleted: false,
};

describe("the draw form", () => {
  it("starts empty, or from the committed parameters", () => {
    expect(drawFormFrom(null)).toEqual({ count: "", stratifyBy: "", householdKey: [], reason: "" });
    expect(drawFormFrom(committed)).toEqual({ count: "60", stratifyBy: "dorp", householdKey: ["postcode", "huisnummer"], reason: "" });
  });

  it("sends the parameters the API takes; no stratification is null", () => {
    const empty = { count: " 60 ", stratifyBy: "", householdKey: [], reason: "" };
    expect(drawParameters(empty, false)).toEqual({ count: 60, stratify_by: null, household_key: [] });
    expect(drawParameters(drawFormFrom(committed), false)).toEqual(committed.parameters);
    expect(drawParameters({ ...empty, count: "zestig" }, false).count).toBe("zestig");
  });

  it("sends the reason with a correction of a published version, also an empty one for the server to refuse", () => {
    const form = { ...drawFormFrom(committed), reason: "Het register was onvolledig." };
    expect(drawParameters(form, true)).toEqual({ ...committed.parameters, reason: "Het register was onvolledig." });
    expect(drawParameters({ ...form, reason: "" }, true).reason).toBe("");
    expect(drawParameters(form, false).reason).toBeUndefined();
  });

  it("offers every register column but the id", () => {
    expect(selectableColumns(["id", "postcode", "dorp"])).toEqual(["postcode", "dorp"]);
  });

  it("tells how far the draw is", () => {
    expect(drawState(null)).toBe("not_committed");
    expect(drawState(committed)).toBe("committed");
    expect(drawState({ ...committed, register_changed: true })).toBe("register_changed");
    expect(drawState({ ...committed, seed: "07 19 23", invitations: 60 })).toBe("drawn");
  });
});
