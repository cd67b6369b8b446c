import { Paragraph } from "@utrecht/component-library-react";
import type { ForumPanel } from "./api/types";
import { formatMoment } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { ConfirmedAction } from "../../components/ConfirmedAction";
import { Section } from "../../components/Section";
import { useUnpublishPool } from "./api/actions";

/**
 * Once the panel is seated, the volunteers' quota answers can leave the public verification page
 * (issue 18); the hashes stay there, so whoever kept the files can still check them.
 */
export function PublishedFilesControl({ slug, panel }: { slug: string; panel: ForumPanel }) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const unpublish = useUnpublishPool(slug);
  return (
    <Section id="published-files" title={t("publishedFilesTitle")}>
      {panel.pool_unpublished ? (
        <Paragraph>{t("publishedFilesRemoved", { time: formatMoment(panel.pool_unpublished.at, language), by: panel.pool_unpublished.by })}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("publishedFilesIntro")}</Paragraph>
          {unpublish.error && <ErrorAlert error={unpublish.error} />}
          <ConfirmedAction
            label={t("unpublishFiles")}
            question={t("unpublishFilesQuestion")}
            confirmLabel={t("unpublishFilesYes")}
            cancelLabel={t("cancel")}
            busy={unpublish.isPending}
            onConfirm={() => unpublish.mutate()}
          />
        </>
      )}
    </Section>
  );
}
