import { describe, expect, it } from "vitest";
import { isAgeCategory, suggestedColumn, withSuggestion } from "./registerComposition";
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
