// The sign-up page's wording of the quota questions as staff edit it: one language at a time,
// each change a new draft (the saved answer stays as it was until it is saved).
import type { LetterLanguage, QuestionText, Wording } from "./api/types";

function worded(wording: Wording, language: LetterLanguage, text: string): Wording {
  return { ...wording, [language]: text };
}

/** The questions with category `c`'s question or help text in `language` changed. */
export function withQuestionWords(
  questions: QuestionText[],
  c: number,
  part: "label" | "help",
  language: LetterLanguage,
  text: string,
): QuestionText[] {
  return questions.map((q, i) => (i === c ? { ...q, [part]: worded(q[part], language, text) } : q));
}

/** The questions with value `v` of category `c` worded anew in `language`. */
export function withValueWords(questions: QuestionText[], c: number, v: number, language: LetterLanguage, text: string): QuestionText[] {
  return questions.map((q, i) =>
    i === c ? { ...q, values: q.values.map((value, j) => (j === v ? { ...value, label: worded(value.label, language, text) } : value)) } : q,
  );
}

/** How many questions and values have no words in `language` (they show their own names there). */
export function unworded(questions: QuestionText[], language: LetterLanguage): number {
  return questions.reduce(
    (count, q) => count + (q.label[language]?.trim() ? 0 : 1) + q.values.filter((v) => !v.label[language]?.trim()).length,
    0,
  );
}
