import { describe, expect, it } from "vitest";
import type { SurveyDefinition } from "./api/types";
import { labelWithId, surveyLabels } from "./surveyLabels";

const definition = {
  scenarios: [{ id: "zon", title: { nl: "Zonneparken", fy: "Sinneparken", en: "" }, description: {}, consequences: [] }],
  demographics: [{ id: "age", label: { nl: "Leeftijd", fy: "Âlderdom", en: "Age" }, options: [{ id: "16-24", label: { nl: "16 tot 24", fy: "", en: "16 to 24" } }] }],
} as unknown as SurveyDefinition;

describe("names for ids", () => {
  it("uses the app's language, Dutch where a text is empty, and the id where there is none", () => {
    const en = surveyLabels(definition, "en");
    expect(en.scenario("zon")).toBe("Zonneparken");
    expect(en.question("age")).toBe("Age");
    expect(en.option("age", "16-24")).toBe("16 to 24");
    expect(en.option("age", "75-plus")).toBe("75-plus");
    expect(en.option("area", "snits")).toBe("snits");
    expect(en.scenario("wind")).toBe("wind");
  });

  it("names the answer Mienskip adds to every question", () => {
    expect(surveyLabels(definition, "nl").option("age", "prefer_not_to_say")).toBe("Zeg ik liever niet");
    expect(surveyLabels(null, "en").option("age", "prefer_not_to_say")).toBe("Prefer not to say");
  });

  it("shows an id next to its name only when they differ", () => {
    expect(labelWithId("Leeftijd", "age")).toBe("Leeftijd (age)");
    expect(labelWithId("age", "age")).toBe("age");
  });
});
