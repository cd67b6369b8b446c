// The names people know for the ids the results and exports use (scenario "gemeente-leidt",
// question "area", option "snits"), taken from the survey's definition in the app's language.
// Without a definition (not loaded, or an id it does not know) the id itself is shown.
import type { DemographicQuestion, LocalText, SurveyDefinition } from "./api/types";
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import { surveyTexts } from "./texts";

export interface SurveyLabels {
  scenario(id: string): string;
  question(id: string): string;
  option(question: string, option: string): string;
}

export function localText(value: LocalText | null | undefined, language: Language): string | undefined {
  return value ? value[language] || value.nl : undefined;
}

export function surveyLabels(definition: SurveyDefinition | null | undefined, language: Language): SurveyLabels {
  const scenarios = new Map(definition?.scenarios.map((s) => [s.id, localText(s.title, language)!]) ?? []);
  const questions = new Map(definition?.demographics.map((q) => [q.id, q]) ?? []);
  return {
    scenario: (id) => scenarios.get(id) ?? id,
    question: (id) => localText(questions.get(id)?.label, language) ?? id,
    option: (question, option) => {
      if (option === "prefer_not_to_say") return translate(surveyTexts, language, "preferNotToSay");
      const found = questions.get(question)?.options.find((o) => o.id === option);
      return localText(found?.label, language) ?? option;
    },
  };
}

/** The questions as the choices of a dropdown: the id as the value, the name people know as the label. */
export function questionChoices(questions: DemographicQuestion[], labels: SurveyLabels): { value: string; label: string }[] {
  return questions.map((q) => ({ value: q.id, label: labels.question(q.id) }));
}

/** "Wat is uw leeftijd? (age)": the name people know with the id files use; just the id when they are the same. */
export function labelWithId(label: string, id: string): string {
  return label === id ? id : `${label} (${id})`;
}
