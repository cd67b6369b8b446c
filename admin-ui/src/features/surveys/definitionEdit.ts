// Editing a survey definition in the texts form: immutable updates at a path, adding and removing
// scenarios, and finding the field a validation problem from the server names.
import type { LocalText, Scenario, SurveyDefinition } from "./api/types";

export type Path = (string | number)[];

/** A copy of `value` with the member at `path` replaced. */
export function setAt<T>(value: T, path: Path, replacement: unknown): T {
  if (path.length === 0) return replacement as T;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setAt(copy[head as number], rest, replacement);
    return copy as T;
  }
  const record = value as Record<string, unknown>;
  return { ...record, [head]: setAt(record[head as string], rest, replacement) } as T;
}

export function emptyText(): LocalText {
  return { nl: "", fy: "", en: "" };
}

/** A new scenario at the end, with an id no other scenario has; its texts are still to be written. */
export function addScenario(definition: SurveyDefinition): SurveyDefinition {
  const ids = new Set(definition.scenarios.map((s) => s.id));
  let n = definition.scenarios.length + 1;
  while (ids.has(`scenario-${n}`)) n++;
  const scenario: Scenario = { id: `scenario-${n}`, title: emptyText(), description: emptyText(), consequences: [] };
  return { ...definition, scenarios: [...definition.scenarios, scenario] };
}

export function removeScenario(definition: SurveyDefinition, index: number): SurveyDefinition {
  return { ...definition, scenarios: definition.scenarios.filter((_, i) => i !== index) };
}

export function addConsequence(definition: SurveyDefinition, scenario: number): SurveyDefinition {
  const consequences = [...definition.scenarios[scenario].consequences, emptyText()];
  return setAt(definition, ["scenarios", scenario, "consequences"], consequences);
}

export function removeConsequence(definition: SurveyDefinition, scenario: number, index: number): SurveyDefinition {
  const consequences = definition.scenarios[scenario].consequences.filter((_, i) => i !== index);
  return setAt(definition, ["scenarios", scenario, "consequences"], consequences);
}

/** The form element id of the field at a path: ["scenarios", 3, "title", "fy"] -> "def-scenarios-3-title-fy". */
export function fieldId(path: Path): string {
  return ["def", ...path].join("-");
}

export interface DefinitionProblem {
  text: string;
  /** Ids of the form elements it may concern, most specific first (field, then its group). */
  fieldIds: string[];
}

/** A definition path as the server writes it: scenarios[3].title.fy. */
const pathAtStart = /^([a-z_]+)((?:\[\d+\]|\.[a-z_]+)*)/;

function pathOf(problem: string): Path | null {
  const match = pathAtStart.exec(problem);
  if (!match) return null;
  const path: Path = [match[1]];
  for (const part of match[2].matchAll(/\[(\d+)\]|\.([a-z_]+)/g)) path.push(part[1] !== undefined ? Number(part[1]) : part[2]);
  return path;
}

/**
 * The problems in a refusal of the definition (422): the server lists one per line, each starting
 * with the place it concerns ("scenarios[3].title.fy must be at least 1 character long"). A
 * message without such lines is one problem of its own.
 */
export function definitionProblems(message: string): { summary: string; problems: DefinitionProblem[] } {
  const lines = message.split("\n").map((line) => line.trim());
  const [summary, ...rest] = lines.filter((line) => line !== "");
  const candidates = rest.length ? rest : [summary ?? ""];
  const problems = candidates.map((text) => {
    const path = pathOf(text);
    const fieldIds: string[] = [];
    if (path) for (let n = path.length; n >= 1; n--) fieldIds.push(fieldId(path.slice(0, n)));
    return { text, fieldIds };
  });
  return { summary: rest.length ? summary : "", problems };
}
