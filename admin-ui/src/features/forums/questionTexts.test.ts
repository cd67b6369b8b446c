import { describe, expect, it } from "vitest";
import { unworded, withQuestionWords, withValueWords } from "./questionTexts";
import type { QuestionText } from "./api/types";

const questions: QuestionText[] = [
  { category: "Leeftijd", label: { fy: "Leeftyd" }, help: {}, values: [{ value: "16-34", label: {} }, { value: "65+", label: { fy: "65 en âlder" } }] },
  { category: "Gebied", label: {}, help: {}, values: [{ value: "Ferwerderadiel", label: {} }] },
];

describe("the sign-up page's wording as staff edit it", () => {
  it("changes one question, help text or value in one language and leaves the rest", () => {
    const helped = withQuestionWords(questions, 1, "help", "fy", "Blije heart by Ferwerderadiel.");
    expect(helped[1].help).toEqual({ fy: "Blije heart by Ferwerderadiel." });
    expect(helped[0]).toBe(questions[0]);
    const valued = withValueWords(questions, 0, 0, "en", "16 to 34");
    expect(valued[0].values[0].label).toEqual({ en: "16 to 34" });
    expect(valued[0].values[1]).toBe(questions[0].values[1]);
    expect(valued[0].label).toEqual({ fy: "Leeftyd" });
    expect(questions[0].values[0].label).toEqual({});
  });

  it("counts what still shows its own name in a language", () => {
    expect(unworded(questions, "fy")).toBe(3);  // 16-34, Gebied, Ferwerderadiel
    expect(unworded(questions, "en")).toBe(5);
    expect(unworded(withQuestionWords(questions, 1, "label", "fy", "  "), "fy")).toBe(3);
  });
});
