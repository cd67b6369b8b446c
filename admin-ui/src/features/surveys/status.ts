import type { SurveyStatus } from "../../lib/api";
import { text, type Language } from "../../lib/texts";

export function statusText(status: SurveyStatus, language: Language): string {
  return text(language, status === "open" ? "open" : status === "closed" ? "closed" : "draft");
}

/** The short name residents see in the address (/s/SLUG); the server checks the same rule. */
export const slugPattern = /^[a-z0-9][a-z0-9-]{1,62}$/;
