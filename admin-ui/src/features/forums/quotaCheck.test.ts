import { describe, expect, it } from "vitest";
import type { QuotaRelaxation } from "./api/types";
import { applyRelaxation, relaxationByField, relaxationHint } from "./quotaCheck";
import { relaxationText } from "./feasibilityText";
import { quotaFormFrom } from "./quotaForm";

const form = () =>
  quotaFormFrom(
    [
      { name: "Leeftijd", values: [{ value: "16-34", min: 1, max: 2 }, { value: "65+", min: 0, max: 0 }] },
      { name: "Geslacht", values: [{ value: "vrouw", min: 2, max: 2 }, { value: "man", min: 1, max: 11 }] },
    ],
    3,
  );

const change = (category: string, value: string, bound: "min" | "max", from: number, to: number): QuotaRelaxation => ({
  category,
  value,
  bound,
  from,
  to,
  change: `${category}: ${value} ${bound} ${from} -> ${to}`,
});

describe("the live quota check", () => {
  it("puts each change of the relaxation at the quota it changes", () => {
    const hints = relaxationByField(form(), [change("Leeftijd", "65+", "max", 0, 1), change("Geslacht", "vrouw", "min", 2, 1)]);
    expect([...hints.keys()].sort()).toEqual(["categories[0].values[1].max", "categories[1].values[0].min"]);
    expect(hints.get("categories[0].values[1].max")?.to).toBe(1);
  });

  it("matches names as typed, trimmed, and skips categories and values the draft does not have", () => {
    const typed = form();
    typed.categories[1].name = " Geslacht ";
    typed.categories[1].values[1].value = "man ";
    const hints = relaxationByField(typed, [change("Geslacht", "man", "max", 11, 12), change("Wijk", "Noord", "min", 1, 0)]);
    expect([...hints.keys()]).toEqual(["categories[1].values[1].max"]);
  });

  it("leaves out a change once the quota no longer reads what it was made for", () => {
    const typed = form();
    typed.categories[0].values[1].max = "1";
    expect(relaxationByField(typed, [change("Leeftijd", "65+", "max", 0, 1)]).size).toBe(0);
    typed.categories[0].values[1].max = "1x";
    expect(relaxationByField(typed, [change("Leeftijd", "65+", "max", 0, 1)]).size).toBe(0);
  });

  it("words the hint in the app's language", () => {
    expect(relaxationHint(change("Geslacht", "man", "max", 11, 12), "nl")).toBe("Voorstel: max 11 → 12");
    expect(relaxationHint(change("Geslacht", "man", "max", 11, 12), "en")).toBe("Suggested: max 11 → 12");
    expect(relaxationHint(change("Geslacht", "vrouw", "min", 2, 1), "nl")).toBe("Voorstel: min 2 → 1");
  });

  it("takes the suggestion over into the form, and nothing else", () => {
    const before = form();
    const after = applyRelaxation(before, [change("Leeftijd", "65+", "max", 0, 1), change("Geslacht", "vrouw", "min", 2, 1), change("Wijk", "Noord", "min", 1, 0)]);
    expect(after.categories[0].values[1]).toMatchObject({ min: "0", max: "1" });
    expect(after.categories[1].values[0]).toMatchObject({ min: "1", max: "2" });
    expect(after.categories[0].values[0]).toBe(before.categories[0].values[0]);
    expect(after.panelSize).toBe("3");
    expect(before.categories[0].values[1].max).toBe("0");
  });

  it("words each change in the screen's language", () => {
    expect(relaxationText(change("Leeftijd", "65+", "max", 0, 1), "nl")).toBe("Leeftijd, 65+: maximum van 0 naar 1");
    expect(relaxationText(change("Geslacht", "vrouw", "min", 2, 1), "en")).toBe("Geslacht, vrouw: minimum from 2 to 1");
  });
});
