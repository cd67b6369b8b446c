// The response to the letters per stratum (GET .../recruitment) as the Volunteers tab says it: the
// totals in one sentence, and per stratum its figures and whether it lags behind the forum as a whole.
import type { Language } from "../../lib/language";
import { formatCount, formatPercent } from "../../lib/format";
import { translator } from "../../lib/text";
import type { Recruitment, RecruitmentCount } from "./api/types";
import { forumTexts } from "./texts";

/** A response rate (a fraction) as a percentage with one decimal: 0.075 -> "7,5%" (nl). */
export function responseText(rate: number, language: Language): string {
  return formatPercent(rate, language, 1);
}

/**
 * "150 van de 1.000 brieven zijn beantwoord (15,0%); 2 aanmelders hebben zich teruggetrokken.",
 * without the withdrawals when no one withdrew.
 */
export function recruitmentSentence(total: RecruitmentCount, language: Language): string {
  const t = translator(forumTexts, language);
  const answered = t("recruitmentAnswered", {
    count: total.volunteers,
    letters: t("letterCount", { count: total.letters }),
    rate: responseText(total.response_rate, language),
  });
  if (total.withdrawn === 0) return t("recruitmentTotal", { answered });
  return t("recruitmentTotalWithdrawn", { answered, withdrawn: t("recruitmentWithdrawn", { count: total.withdrawn }) });
}

/** The strata's rows, in the server's order (lowest response first): stratum, letters, sign-ups, response, against the whole. */
export function stratumRows(recruitment: Recruitment, language: Language): { key: string; cells: string[] }[] {
  const t = translator(forumTexts, language);
  return recruitment.strata.map((s) => ({
    key: s.stratum,
    cells: [
      s.stratum,
      formatCount(s.letters, language),
      formatCount(s.volunteers, language),
      responseText(s.response_rate, language),
      t(s.below_total ? "recruitmentBelow" : "recruitmentNotBelow"),
    ],
  }));
}
