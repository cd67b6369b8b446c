// The letters' texts as staff edit them: the draft the form holds, and the meeting dates as a
// list of date inputs that always ends with an empty one to add the next date.
import type { LetterFacts, LetterLanguage, LetterTexts, LetterTextsDraft } from "./api/types";

export const letterLanguages: LetterLanguage[] = ["nl", "fy", "en"];

/** The part of the saved texts the form edits. */
export function draftOf(saved: LetterTexts): LetterTextsDraft {
  return { facts: saved.facts, texts: saved.texts };
}

/** The meeting dates as the inputs first show them: the dates, then one empty input. */
export function meetingInputs(meetings: string[]): string[] {
  return [...meetings, ""];
}

/**
 * The date inputs after input `index` became `value`. They keep their places while staff type (a
 * date input is empty until its date is complete), and one empty input stays at the end for the
 * next date.
 */
export function inputsAfter(inputs: string[], index: number, value: string): string[] {
  const next = inputs.map((date, i) => (i === index ? value : date));
  return next[next.length - 1] === "" ? next : [...next, ""];
}

/** The meetings the inputs name: the filled-in ones (the server puts them in date order). */
export function meetingsOf(inputs: string[]): string[] {
  return inputs.filter((date) => date !== "");
}

/** The allowance as typed: a number (the server refuses one that is not whole euros), or null when empty. */
export function allowanceOf(typed: string): number | null {
  const trimmed = typed.trim();
  const euros = Number(trimmed);
  return trimmed === "" || !Number.isFinite(euros) ? null : euros;
}

/** The facts with one of them changed. */
export function withFact<K extends keyof LetterFacts>(draft: LetterTextsDraft, key: K, value: LetterFacts[K]): LetterTextsDraft {
  return { ...draft, facts: { ...draft.facts, [key]: value } };
}

/** The draft with one language's text changed. */
export function withText(draft: LetterTextsDraft, language: LetterLanguage, change: Partial<LetterTextsDraft["texts"][LetterLanguage]>) {
  return { ...draft, texts: { ...draft.texts, [language]: { ...draft.texts[language], ...change } } };
}
