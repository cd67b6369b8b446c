import { Alert, Paragraph } from "@utrecht/component-library-react";
import type { ForumDraw } from "./api/types";
import { formatMoment } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { DataTable } from "../../components/DataTable";
import { FactList } from "../../components/FactList";
import { Section } from "../../components/Section";

/**
 * The published commitment: the latest version's code to publish, when the seed may be entered,
 * and every version with its time and reason, as the public verification page lists them. A
 * version is never replaced, so the list only grows.
 */
export function CommitmentSection({ draw }: { draw: ForumDraw }) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const drawn = draw.seed !== null;
  return (
    <Section id="commitment" title={t("commitmentTitle")}>
      {draw.register_changed && !drawn && (
        <Alert type="warning">
          <Paragraph>{t("registerChangedWarning")}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t(drawn ? "commitmentWasPublished" : "publishCommitment")}</Paragraph>
      <p className="mienskip-commitment" aria-label={t("commitment")}>
        <code>{draw.commitment}</code>
      </p>
      <FactList
        facts={[
          { name: t("commitmentVersion"), value: String(draw.version) },
          { name: t("committed"), value: `${formatMoment(draw.committed_at, language)} (${draw.committed_by})` },
          { name: t("seedFrom"), value: formatMoment(draw.seed_not_before, language) },
          { name: t("registerHash"), value: <code className="mienskip-hash">{draw.register_sha256}</code> },
        ]}
      />
      <DataTable
        caption={t("commitmentVersions")}
        columns={[
          { header: t("commitmentVersion"), numeric: true },
          { header: t("committed") },
          { header: t("correctionReasonShort") },
          { header: t("commitment") },
        ]}
        rows={draw.versions.map((v) => ({
          key: String(v.version),
          cells: [
            String(v.version),
            `${formatMoment(v.committed_at, language)} (${v.committed_by})`,
            v.reason ?? t("firstVersion"),
            <code key="code" className="mienskip-hash">
              {v.commitment}
            </code>,
          ],
        }))}
      />
    </Section>
  );
}
