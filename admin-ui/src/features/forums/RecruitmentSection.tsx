import { Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "../../components/DataTable";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Section } from "../../components/Section";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { useRecruitment } from "./api/queries";
import { recruitmentSentence, stratumRows } from "./recruitment";
import { forumTexts } from "./texts";

/**
 * The response to the letters per stratum, once the invitations are drawn: the totals in a
 * sentence, and for stratified letters a table with the lowest response first, so staff see which
 * strata a second round of letters could oversample. Nothing before the draw.
 */
export function RecruitmentSection({ slug }: { slug: string }) {
  const t = useText(forumTexts);
  const language = useLanguage();
  const answer = useRecruitment(slug);
  const recruitment = answer.data;
  // Before the draw the server has nothing to show (null); while it is asked, nothing either.
  if (!recruitment && answer.error === null) return null;
  return (
    <Section id="recruitment" title={t("recruitmentTitle")}>
      <Paragraph>{t("recruitmentIntro")}</Paragraph>
      {!recruitment ? (
        <ErrorAlert error={answer.error} context={t("recruitmentNotLoaded")} />
      ) : (
        <>
          <Paragraph>{recruitmentSentence(recruitment.total, language)}</Paragraph>
          {recruitment.stratify_by === null ? (
            <Paragraph>{t("recruitmentOneStratum")}</Paragraph>
          ) : (
            <DataTable
              caption={t("recruitmentCaption", { column: recruitment.stratify_by })}
              columns={[
                { header: t("recruitmentStratum") },
                { header: t("recruitmentLetters"), numeric: true },
                { header: t("recruitmentVolunteers"), numeric: true },
                { header: t("recruitmentRate"), numeric: true },
                { header: t("recruitmentComparison") },
              ]}
              rows={stratumRows(recruitment, language)}
            />
          )}
        </>
      )}
    </Section>
  );
}
