import type { SurveyStatus } from "./api/types";
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import { surveyTexts } from "./texts";

export function statusText(status: SurveyStatus, language: Language): string {
  return translate(surveyTexts, language, status === "open" ? "open" : status === "closed" ? "closed" : "draft");
}

/** The short name residents see in the address (/s/SLUG); the server checks the same rule. */
export const slugPattern = /^[a-z0-9][a-z0-9-]{1,62}$/;
