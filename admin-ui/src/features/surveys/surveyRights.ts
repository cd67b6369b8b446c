// What the signed-in account may do on a survey, as the list and the survey say (`may`): read it,
// or also manage it (texts, codes, opening and closing, population figures, the saved weighting).
// Administrators manage every survey; a survey's manager that one. The server decides; this only
// leaves out what would be refused.
import type { SurveyRight } from "./api/types";

/** Whether the account manages the survey; false while it is not known (loading). */
export function mayManageSurvey(survey: { may: readonly SurveyRight[] } | null | undefined): boolean {
  return !!survey?.may.includes("manage");
}
