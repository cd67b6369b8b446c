import { describe, expect, it } from "vitest";
import type { Arrivals, SurveyDefinition } from "./api/types";
import { categoryRows, dayRows } from "./arrivalsRows";
import { surveyLabels } from "./surveyLabels";

const arrivals: Arrivals = {
  total: 10,
  by: "area",
  per_day: [
    { date: "2026-11-30", responses: 3 },
    { date: "2026-11-29", responses: 5 },
  ],
  per_category: [
    { category: "snits", label: { nl: "Sneek", fy: "Snits", en: "Sneek" }, responses: 6 },
    { category: "wommels", label: null, responses: 2 },
  ],
  not_answered: 2,
};
const definition = {
  scenarios: [],
  demographics: [{ id: "area", label: { nl: "Woonplaats", fy: "", en: "Place" }, options: [{ id: "wommels", label: { nl: "Wommels", fy: "", en: "Wommels (en)" } }] }],
} as unknown as SurveyDefinition;

describe("arrivals as rows", () => {
  it("puts the days in order, each at midnight UTC of that day", () => {
    const rows = dayRows(arrivals);
    expect(rows.map((r) => [r.date, r.responses])).toEqual([
      ["2026-11-29", 5],
      ["2026-11-30", 3],
    ]);
    expect(rows[0].day.toISOString()).toBe("2026-11-29T00:00:00.000Z");
  });

  it("names categories from the server's label, else from the definition, and adds those who did not answer", () => {
    expect(categoryRows(arrivals, surveyLabels(definition, "en"), "en")).toEqual([
      { category: "snits", label: "Sneek", responses: 6, share: 0.6 },
      { category: "wommels", label: "Wommels (en)", responses: 2, share: 0.2 },
      { category: "", label: "Not answered", responses: 2, share: 0.2 },
    ]);
  });

  it("has no shares to divide when nobody answered", () => {
    const none = { ...arrivals, total: 0, per_category: [{ category: "snits", label: null, responses: 0 }], not_answered: 0 };
    expect(categoryRows(none, surveyLabels(null, "nl"), "nl")).toEqual([{ category: "snits", label: "snits", responses: 0, share: 0 }]);
  });
});
