import { describe, expect, it } from "vitest";
import type { SurveyDefinition } from "./api/types";
import { addConsequence, addScenario, definitionProblems, fieldId, removeConsequence, removeScenario, setAt } from "./definitionEdit";

const t = (nl: string) => ({ nl, fy: `${nl} fy`, en: `${nl} en` });
function definition(): SurveyDefinition {
  return {
    format: "mienskip-survey/1",
    title: t("Titel"),
    introduction: t("Inleiding"),
    budget: 100,
    scenarios: [
      { id: "scenario-2", title: t("A"), description: t("a"), consequences: [t("a1")] },
      { id: "b", title: t("B"), description: t("b"), consequences: [] },
    ],
    motivation: { asked: true, max_length: 1000, prompt: t("Waarom?") },
    demographics: [],
    closing: t("Dank"),
    translation_status: { nl: "final", fy: "awaiting_review", en: "final" },
  };
}

describe("editing a definition", () => {
  it("changes one member and leaves the original alone", () => {
    const before = definition();
    const after = setAt(before, ["scenarios", 1, "title", "fy"], "Bee");
    expect(after.scenarios[1].title).toEqual({ nl: "B", fy: "Bee", en: "B en" });
    expect(before.scenarios[1].title.fy).toBe("B fy");
    expect(after.scenarios[0]).toBe(before.scenarios[0]);
    expect(after.title).toBe(before.title);
  });

  it("adds a scenario with an id no other scenario has, and removes one", () => {
    const added = addScenario(definition());
    expect(added.scenarios).toHaveLength(3);
    const empty = { nl: "", fy: "", en: "" };
    expect(added.scenarios[2]).toEqual({ id: "scenario-3", title: empty, description: empty, consequences: [] });
    expect(addScenario(removeScenario(definition(), 1)).scenarios.map((s) => s.id)).toEqual(["scenario-2", "scenario-3"]);
    expect(removeScenario(definition(), 0).scenarios.map((s) => s.id)).toEqual(["b"]);
  });

  it("adds and removes consequences of one scenario", () => {
    const added = addConsequence(definition(), 0);
    expect(added.scenarios[0].consequences).toEqual([t("a1"), { nl: "", fy: "", en: "" }]);
    expect(removeConsequence(added, 0, 0).scenarios[0].consequences).toEqual([{ nl: "", fy: "", en: "" }]);
    expect(added.scenarios[1]).toEqual(definition().scenarios[1]);
  });

  it("names form fields after their place in the definition", () => {
    expect(fieldId(["scenarios", 3, "title", "fy"])).toBe("def-scenarios-3-title-fy");
  });

  it("finds the fields the server's list of problems names", () => {
    const message =
      "The survey template is not valid (2 problems):\n  scenarios[3].title.fy must be at least 1 character long\n  budget must be at most 10000";
    expect(definitionProblems(message)).toEqual({
      summary: "The survey template is not valid (2 problems):",
      problems: [
        {
          text: "scenarios[3].title.fy must be at least 1 character long",
          fieldIds: ["def-scenarios-3-title-fy", "def-scenarios-3-title", "def-scenarios-3", "def-scenarios"],
        },
        { text: "budget must be at most 10000", fieldIds: ["def-budget"] },
      ],
    });
  });

  it("keeps a one-line refusal as one problem", () => {
    expect(definitionProblems("Scenario ids cannot change after the first response.")).toEqual({
      summary: "",
      problems: [{ text: "Scenario ids cannot change after the first response.", fieldIds: [] }],
    });
    expect(definitionProblems("demographics[0].options[2].id 'x' is used by an earlier option").problems[0].fieldIds[0]).toBe(
      "def-demographics-0-options-2-id",
    );
  });
});
