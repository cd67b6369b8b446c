import { useEffect, useState, type FormEvent } from "react";
import { Alert, Link, Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import { offerDownload } from "../../lib/download";
import { formatCount } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useGenerateCodes } from "./api/actions";
import { useText } from "../../lib/text";
import { surveyTexts } from "./texts";
import { useAction } from "../../lib/useAction";
import { ErrorAlert } from "../../components/ErrorAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { TextField } from "../../components/FormFields";
import type { TabProps } from "./SurveyPage";
import { ResponseDeletionSection } from "./ResponseDeletionSection";

export const maxCodes = 100000;

/** Whole numbers from 1 to 100,000; anything else is null. */
export function readCodeCount(typed: string): number | null {
  const trimmed = typed.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const count = Number(trimmed);
  return count >= 1 && count <= maxCodes ? count : null;
}

export function codesFileName(slug: string): string {
  return `codes-${slug}.csv`;
}

export function CodesTab({ slug, survey, summary }: TabProps) {
  const generateCodes = useGenerateCodes(slug);
  const language = useLanguage();
  const t = useText(surveyTexts);
  const [typed, setTyped] = useState("100");
  const [invalid, setInvalid] = useState(false);
  const { busy, error, run } = useAction();
  const [download, setDownload] = useState<{ url: string; count: number } | null>(null);
  const facts = survey ?? summary;

  // The codes exist only in this page's memory: let them go with it.
  useEffect(() => () => {
    if (download) URL.revokeObjectURL(download.url);
  }, [download]);

  async function generate(event: FormEvent) {
    event.preventDefault();
    const count = readCodeCount(typed);
    setInvalid(count === null);
    if (count === null) {
      document.getElementById("codes-count")?.focus();
      return;
    }
    await run(async () => {
      const csv = await generateCodes.mutateAsync(count);
      setDownload({ url: offerDownload(csv, codesFileName(slug), "text/csv;charset=utf-8"), count });
    });
  }

  return (
    <>
      {facts && (
        <Paragraph>
          {t("codesSoFar")} {formatCount(facts.codes, language)}
        </Paragraph>
      )}
      {facts?.access === "open" && <Paragraph>{t("codesNotNeeded")}</Paragraph>}
      <Alert type="warning" role="note">
        <Paragraph>{t("codesShownOnce")}</Paragraph>
      </Alert>
      <form onSubmit={generate} noValidate>
        {error !== null && <ErrorAlert error={error} context={t("codesFailed")} />}
        <TextField
          id="codes-count"
          label={t("codesCount")}
          description={t("codesCountHelp")}
          descriptionId="codes-count-help"
          error={invalid && t("codesCountInvalid")}
          className="mienskip-points"
          inputMode="numeric"
          value={typed}
          onChange={setTyped}
        />
        <PrimaryActionButton type="submit" disabled={busy}>
          {t("generateCodes")}
        </PrimaryActionButton>
      </form>
      <StatusMessage message={download ? t("codesMadeNow", { count: download.count }) : ""} />
      {download && (
        <Paragraph>
          <Link href={download.url} download={codesFileName(slug)}>
            {t("downloadCodesAgain")} ({codesFileName(slug)})
          </Link>
        </Paragraph>
      )}
      <ResponseDeletionSection slug={slug} />
    </>
  );
}
