import { describe, expect, it } from "vitest";
import { conflictText } from "./feasibilityText";

describe("the quota check's conflicts in the screen's language", () => {
  it("are worded from the server's code and parameters", () => {
    const infeasible = { code: "quota_infeasible", category: "", message: "no panel of 30 meets all quotas", params: { panel_size: "30" } };
    expect(conflictText(infeasible, "nl")).toEqual({ text: "Met deze vrijwilligers voldoet geen forum van 30 zetels aan alle quota's tegelijk.", translated: true });
    expect(conflictText(infeasible, "en").text).toBe("With these volunteers no assembly of 30 seats meets all quotas at once.");
    const pool = { code: "invalid_panel_size", category: "", message: "x", params: { panel_size: "30", volunteers: "1" } };
    expect(conflictText(pool, "nl").text).toBe("Het forum heeft 30 zetels, maar er zijn maar 1 vrijwilliger. Verklein het forum of wacht op meer aanmeldingen.");
    const minimums = { code: "panel_size_outside_quotas", category: "Leeftijd", message: "x", params: { bound: "min", seats: "32", panel_size: "30" } };
    expect(conflictText(minimums, "nl").text).toMatch(/^De minimums tellen op tot 32 zetels, meer dan het forum van 30 heeft\./);
    const maximums = { ...minimums, params: { bound: "max", seats: "1", panel_size: "30" } };
    expect(conflictText(maximums, "en").text).toMatch(/^The maximums add up to 1 seat, fewer than the assembly of 30 needs\./);
  });

  it("keep the server's English for a conflict this app does not know", () => {
    expect(conflictText({ code: "solver_failed", category: "", message: "the solver gave up" }, "nl")).toEqual({ text: "the solver gave up", translated: false });
  });
});
