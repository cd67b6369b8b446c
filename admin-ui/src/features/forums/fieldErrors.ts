// The server refuses a form with every problem at its field (`categories[0].values[1].min`); the
// screen shows each next to its input, and lists the ones that belong to no input at the top.
import { ApiError } from "../../lib/http";
import type { Language } from "../../lib/language";
import type { FieldError, RegisterProblem } from "./api/types";
import type { QuotaForm } from "./quotaForm";

/** The field errors of a 422 answer (none for other refusals). */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  const fields = error.details.fields;
  return Array.isArray(fields) ? (fields as FieldError[]) : [];
}

/** The rows of a refused register, and how many problems there were in all. */
export function registerProblemsOf(error: unknown): { problems: RegisterProblem[]; count: number } | null {
  if (!(error instanceof ApiError) || !Array.isArray(error.details.problems)) return null;
  const problems = error.details.problems as RegisterProblem[];
  const count = typeof error.details.problem_count === "number" ? error.details.problem_count : problems.length;
  return { problems, count };
}

/** The HTML id of the input for a field path: `forum-categories-0-values-1-min`. */
export function fieldId(prefix: string, path: string): string {
  const tail = path.replace(/[[\].]+/g, "-").replace(/-+$/, "");
  return tail ? `${prefix}-${tail}` : prefix;
}

export function errorsByField(errors: FieldError[]): Map<string, FieldError[]> {
  const byField = new Map<string, FieldError[]>();
  for (const e of errors) byField.set(e.field, [...(byField.get(e.field) ?? []), e]);
  return byField;
}

/** Every field path the quota editor shows an input or group for, so errors there appear in place. */
export function quotaFieldPaths(form: QuotaForm): string[] {
  const paths = ["panel_size", "categories"];
  form.categories.forEach((c, i) => {
    paths.push(`categories[${i}]`, `categories[${i}].name`, `categories[${i}].values`);
    c.values.forEach((_, j) => {
      const at = `categories[${i}].values[${j}]`;
      paths.push(at, `${at}.value`, `${at}.min`, `${at}.max`);
    });
  });
  return paths;
}

/** The errors no input on the screen shows (a field the form does not have, or the body as a whole). */
export function unplacedErrors(errors: FieldError[], shown: string[]): FieldError[] {
  const known = new Set(shown);
  return errors.filter((e) => !known.has(e.field));
}

const dutch: Record<string, string> = {
  required: "Vul dit in.",
  empty: "Vul dit in.",
  not_text: "Vul hier tekst in.",
  not_whole_number: "Vul een heel getal in.",
  too_small: "Dit getal is te klein.",
  too_large: "Dit getal is te groot.",
  too_long: "Deze tekst is te lang.",
  control_characters: "Gebruik één regel, zonder tabs.",
  min_above_max: "Het minimum is groter dan het maximum.",
  duplicate_value: "Deze waarde staat al in deze categorie.",
  duplicate_category: "Er is al een categorie met deze naam.",
  duplicate_column: "Deze kolom is al gekozen.",
  unknown_column: "Het register heeft deze kolom niet.",
  unknown_placeholder: "Een woord tussen accolades is geen gegeven dat de brief kent; kies uit de gegevens die onder het veld staan.",
  unclosed_placeholder: "Een accolade { begint hier geen gegeven: schrijf een gegeven als {antwoorddatum}, zonder spaties.",
  invalid_date: "Dit is geen datum.",
  invalid_phone: "Dit is geen telefoonnummer: gebruik cijfers, spaties, +, - en haakjes, met 6 tot 15 cijfers.",
  invalid_email: "Dit is geen e-mailadres.",
  invalid_allowance: "Vul een heel aantal euro's in, van 0 tot 10.000.",
  too_many_lines: "Deze tekst heeft meer dan 40 regels.",
  too_many_meetings: "De brief noemt hoogstens 12 bijeenkomsten.",
  unknown_category: "Deze quotumcategorie bestaat niet (meer).",
  unknown_language: "Deze taal kent de aanmeldpagina niet.",
  invalid_slug: "Gebruik 2 tot 63 tekens: kleine letters, cijfers en streepjes, niet beginnend met een streepje.",
  unknown_seat_status: "Kies een stand uit de lijst.",
  not_on_panel: "Dit lid staat niet (meer) in het panel. Laad de pagina opnieuw om het panel te zien zoals het nu is.",
};

const withServerWords = new Set(["too_small", "too_large", "unknown_column"]);

/**
 * What is wrong, in the app's language. The server's message (English) says it precisely, so it is
 * the text in English and for problems this app has no words for.
 */
export function fieldErrorText(error: FieldError, language: Language): string {
  if (language !== "nl" || !dutch[error.code]) return error.message;
  // The server says the limit in English ("... longer than 4,000 characters."): its number, in Dutch.
  if (error.code === "too_long") {
    const limit = /([\d,]+) characters/.exec(error.message)?.[1];
    return limit ? `Deze tekst is te lang: hoogstens ${limit.replace(/,/g, ".")} tekens.` : dutch.too_long;
  }
  // Limits and columns are only in the server's words; they are what to fix.
  return withServerWords.has(error.code) ? `${dutch[error.code]} ${error.message}` : dutch[error.code];
}
