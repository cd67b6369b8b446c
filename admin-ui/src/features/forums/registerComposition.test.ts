import { describe, expect, it } from "vitest";
import { isAgeCategory, suggestedColumn, withSuggestion, volunteersByValue } from "./registerComposition";
import { quotaFormFrom } from "./quotaForm";

const form = quotaFormFrom(
  [
    { name: "Leeftijd", values: [{ value: "16-34", min: 0, max: 9 }, { value: "35 t/m 64", min: 0, max: 9 }, { value: "65+", min: 0, max: 9 }] },
    { name: "Wijk", values: [{ value: "Noord", min: 1, max: 2 }, { value: "Súd", min: 1, max: 2 }] },
  ],
  10,
);
const columns = ["id", "voornaam", "geboortedatum", "wijk"];

describe("quotas from the register's composition", () => {
  it("start from the column named as the category, or the birth dates for age bands", () => {
    expect(isAgeCategory(form.categories[0])).toBe(true);
    expect(isAgeCategory(form.categories[1])).toBe(false);
    expect(suggestedColumn(form.categories[0], columns)).toBe("geboortedatum");
    expect(suggestedColumn(form.categories[1], columns)).toBe("wijk");
    expect(suggestedColumn(form.categories[1], ["id", "dorp"])).toBe("");
  });

  it("replace only that category's minimums and maximums, value by value", () => {
    const composition = {
      column: "wijk",
      reading: "values" as const,
      reference_date: "2026-12-07",
      rows: [
        { value: "Noord", residents: 30, seats: 5, min: 4, max: 6 },
        { value: "Súd", residents: 30, seats: 5, min: 4, max: 6 },
      ],
      unmatched: 0,
      unmatched_values: [],
    };
    const changed = withSuggestion(form, form.categories[1].key, composition);
    expect(changed.categories[1].values.map((v) => [v.value, v.min, v.max])).toEqual([
      ["Noord", "4", "6"],
      ["Súd", "4", "6"],
    ]);
    expect(changed.categories[0]).toBe(form.categories[0]);
    expect(changed.panelSize).toBe("10");
  });
});

describe("the volunteers beside the register", () => {
  it("counts who answered each value, once anyone has", () => {
    const counts = [
      { category: "Geslacht", value: "vrouw", volunteers: 12, min: 9, max: 11 },
      { category: "Geslacht", value: "man", volunteers: 7, min: 9, max: 11 },
      { category: "Leeftijd", value: "65+", volunteers: 19, min: 6, max: 8 },
    ];
    expect(volunteersByValue(counts, "Geslacht")).toEqual(new Map([["vrouw", 12], ["man", 7]]));
    expect(volunteersByValue(counts.map((c) => ({ ...c, volunteers: 0 })), "Geslacht")).toBeNull();
    expect(volunteersByValue(undefined, "Geslacht")).toBeNull();
  });
});
