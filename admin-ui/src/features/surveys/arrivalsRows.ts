// GET .../arrivals turned into the rows of the overview's two charts and their tables.
import type { Arrivals } from "./api/types";
import type { Language } from "../../lib/language";
import { translate } from "../../lib/text";
import { surveyTexts } from "./texts";
import { localText, type SurveyLabels } from "./surveyLabels";

export interface DayRow {
  date: string;
  /** Midnight UTC of the day, for the chart's time axis (the day itself is already Dutch time). */
  day: Date;
  responses: number;
}

export function dayRows(arrivals: Arrivals): DayRow[] {
  return [...arrivals.per_day]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({ date: d.date, day: new Date(`${d.date}T00:00:00Z`), responses: d.responses }));
}

export interface CategoryRow {
  category: string;
  label: string;
  responses: number;
  share: number;
}

/** Responses per answer to the breakdown question, then those who did not answer it (when any). */
export function categoryRows(arrivals: Arrivals, labels: SurveyLabels, language: Language): CategoryRow[] {
  const share = (n: number) => (arrivals.total > 0 ? n / arrivals.total : 0);
  const rows = arrivals.per_category.map((c) => ({
    category: c.category,
    label: localText(c.label, language) ?? (arrivals.by ? labels.option(arrivals.by, c.category) : c.category),
    responses: c.responses,
    share: share(c.responses),
  }));
  if (arrivals.not_answered > 0) {
    rows.push({
      category: "",
      label: translate(surveyTexts, language, "notAnswered"),
      responses: arrivals.not_answered,
      share: share(arrivals.not_answered),
    });
  }
  return rows;
}
