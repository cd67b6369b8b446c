// A problem with one row of an uploaded file (register or import), worded in the screen's
// language from its stable code and parameters (RegisterProblem in the server's
// core/invitations/register_reader.hpp). The server's English message is the fallback for a code
// this app does not know yet, so a newer server never leaves the row without words.
import type { Language } from "../../lib/language";
import { translator, type Catalogue } from "../../lib/text";
import type { RegisterProblem } from "./api/types";

export const problemTexts = {
  empty_file: { nl: "Het bestand is leeg.", en: "The file is empty." },
  no_rows: { nl: "Het bestand heeft een kopregel maar geen rijen.", en: "The file has a header but no rows." },
  field_count: {
    nl: { one: "Deze regel heeft {count} veld, de kopregel {expected}.", other: "Deze regel heeft {count} velden, de kopregel {expected}." },
    en: { one: "This line has {count} field, the header {expected}.", other: "This line has {count} fields, the header {expected}." },
  },
  not_text: {
    nl: "Hier staan tekens die geen {encoding}-tekst zijn (of een NUL-teken). Sla het bestand in Excel op als ‘CSV UTF-8’ en laad het opnieuw.",
    en: "This holds bytes that are not {encoding} text (or a NUL). Save the file in Excel as ‘CSV UTF-8’ and load it again.",
  },
  missing_column: { nl: "Het bestand heeft geen kolom ‘{column}’.", en: "The file has no column ‘{column}’." },
  repeated_column: {
    nl: "De kolom ‘{column}’ staat er twee keer in (of onder twee van haar namen).",
    en: "The column ‘{column}’ appears twice (or under two of its names).",
  },
  empty_id: { nl: "Het id is leeg.", en: "The id is empty." },
  repeated_id: { nl: "Dit id staat ook op rij {first_row}.", en: "This id is also on row {first_row}." },
  empty_code: { nl: "De code is leeg.", en: "The code is empty." },
  invalid_code: {
    nl: "Dit is geen code uit een brief (12 letters en cijfers).",
    en: "This is not a letter's code (12 letters and digits).",
  },
  repeated_code: { nl: "Deze code staat ook op rij {first_row}.", en: "This code is also on row {first_row}." },
  unknown_letter: {
    nl: "Geen uitnodigingsbrief van dit burgerforum heeft deze code.",
    en: "No invitation letter of this forum has this code.",
  },
  letter_answered: {
    nl: "Op deze brief is al gereageerd (vrijwilliger {volunteer}).",
    en: "This letter has already been answered (volunteer {volunteer}).",
  },
  empty_answer: { nl: "Het antwoord is leeg.", en: "The answer is empty." },
  unknown_value: {
    nl: "Dit is geen van de antwoorden bij ‘{column}’. Mogelijk zijn: {allowed}.",
    en: "This is none of the answers of ‘{column}’. Possible are: {allowed}.",
  },
  invalid_email: { nl: "Dit is geen e-mailadres.", en: "This is not an email address." },
  invalid_phone: {
    nl: "Dit is geen telefoonnummer (6 tot 15 cijfers, met spaties, streepjes, haakjes of een + vooraan).",
    en: "This is not a phone number (6 to 15 digits, with spaces, dashes, brackets or a leading +).",
  },
  too_long: { nl: "Gebruik één regel van hoogstens 200 tekens.", en: "Use one line of at most 200 characters." },
} satisfies Catalogue;

type ProblemCode = keyof typeof problemTexts;

function isKnown(code: string | undefined): code is ProblemCode {
  return code !== undefined && Object.prototype.hasOwnProperty.call(problemTexts, code);
}

/** The problem in `language`; the server's message when its code is unknown here. */
export function problemText(problem: RegisterProblem, language: Language): { text: string; translated: boolean } {
  if (!isKnown(problem.code)) return { text: problem.message, translated: false };
  const params = problem.params ?? {};
  const value = (name: string) => {
    const given = params[name];
    if (Array.isArray(given)) return given.map((v) => `‘${String(v)}’`).join(", ");
    return given === undefined || given === null ? undefined : (given as string | number);
  };
  const text = translator(problemTexts, language)(problem.code, {
    count: typeof params.fields === "number" ? params.fields : undefined,
    expected: value("expected"),
    encoding: value("encoding"),
    column: (value("column") as string | undefined) ?? problem.column,
    first_row: value("first_row"),
    volunteer: value("volunteer"),
    allowed: value("allowed"),
  });
  return { text, translated: true };
}
