import { Paragraph } from "@utrecht/component-library-react";
import type { ForumSelection, SelectionRun } from "./api/types";
import { formatMoment, formatPercent } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts, type ForumTextKey } from "./texts";
import { DataTable } from "../../components/DataTable";
import { ErrorAlert } from "../../components/ErrorAlert";
import { ConfirmedAction } from "../../components/ConfirmedAction";
import { Section } from "../../components/Section";
import { useFixSelection } from "./api/actions";

const outcomeNames: Record<NonNullable<SelectionRun["outcome"]> | "running", ForumTextKey> = {
  done: "outcomeDone",
  failed: "outcomeFailed",
  interrupted: "outcomeInterrupted",
  running: "outcomeRunning",
};

/**
 * Every kept run of the selection, and fixing the latest one as the run the panel is drawn from
 * (issue 18): after that nothing about the pool can change, and the number waits for its time.
 */
export function FixSelectionSection({ slug, selection, panelDrawn }: { slug: string; selection: ForumSelection; panelDrawn: boolean }) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const fix = useFixSelection(slug);
  const fixed = selection.fixed;
  const fixable = !fixed && !panelDrawn && selection.status === "done" && !selection.stale && selection.run !== null;
  if (selection.runs.length === 0) return null;
  return (
    <Section id="selection-runs" title={t("fixTitle")}>
      {fixed ? (
        <Paragraph>{t("fixedText", { run: String(fixed.run), time: formatMoment(fixed.fixed_at, language), by: fixed.fixed_by })}</Paragraph>
      ) : (
        <Paragraph>{t("fixIntro")}</Paragraph>
      )}
      {fix.error && <ErrorAlert error={fix.error} />}
      {fixable && (
        <ConfirmedAction
          label={t("fixButton", { run: String(selection.run) })}
          question={t("confirmFix", { run: String(selection.run) })}
          confirmLabel={t("confirmFixYes")}
          cancelLabel={t("cancel")}
          busy={fix.isPending}
          onConfirm={() => fix.mutate(selection.run as number)}
        />
      )}
      <DataTable
        caption={t("runsCaption")}
        columns={[
          { header: t("runColumn"), numeric: true },
          { header: t("runStarted") },
          { header: t("runOutcome") },
          { header: t("runMinimum"), numeric: true },
        ]}
        rows={selection.runs.map((r) => ({
          key: String(r.run),
          cells: [
            String(r.run),
            `${formatMoment(r.started_at, language)} (${r.started_by}, ${r.algorithm})`,
            t(outcomeNames[r.outcome ?? "running"]) + (fixed?.run === r.run ? `, ${t("fixedMark")}` : ""),
            r.minimum_probability === null ? "–" : formatPercent(r.minimum_probability, language),
          ],
        }))}
      />
    </Section>
  );
}
