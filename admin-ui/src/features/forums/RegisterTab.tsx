import { useState } from "react";
import { percentSent, type UploadProgress } from "../../lib/uploadProgress";
import { Alert, CodeBlock, Paragraph } from "@utrecht/component-library-react";
import { formatCount, formatMoment } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { useAction } from "../../lib/useAction";
import { CsvUploadForm } from "../../components/CsvUploadForm";
import { DataTable } from "../../components/DataTable";
import { FactList } from "../../components/FactList";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryStatus } from "../../components/QueryStatus";
import { StatusMessage } from "../../components/StatusMessage";
import { registerProblemsOf } from "./fieldErrors";
import { ProblemsTable } from "./ProblemsTable";
import type { ForumTabProps } from "./ForumPage";
import { useDraw, useRegister } from "./api/queries";
import { drawState } from "./drawState";
import { useUploadRegister } from "./api/actions";
import { Section } from "../../components/Section";

/** The population register extract (BRP): upload as CSV, then see what the server took in. */
export function RegisterTab({ forum }: ForumTabProps) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const registerQuery = useRegister(forum.slug);
  const register = registerQuery.data;
  // Once the invitations are drawn the register is fixed (the server refuses 409 already_drawn):
  // no upload is offered, and after the personal data is deleted the tab says so.
  const draw = useDraw(forum.slug).data ?? null;
  const drawn = drawState(draw) === "drawn";
  const uploadRegister = useUploadRegister(forum.slug);
  const { busy, error, status, run } = useAction();
  const [sent, setSent] = useState<UploadProgress | null>(null);

  const upload = (file: File) =>
    run(async () => {
      setSent(null);
      const stored = await uploadRegister.mutateAsync({ file, onProgress: setSent });
      return stored.encoding === "Windows-1252" ? `${t("registerSaved")} ${t("readAsWindows1252")}` : t("registerSaved");
    });

  const problems = registerProblemsOf(error);

  return (
    <>
      <Paragraph>{t("registerIntro")}</Paragraph>
      <QueryStatus query={registerQuery} context={t("registerNotLoaded")} />
      {register === null && <Paragraph>{t("noRegisterYet")}</Paragraph>}
      {register && (
        <Section id="register" title={t("currentRegister")}>
          <FactList
            facts={[
              { name: t("registerRows"), value: formatCount(register.rows, language) },
              { name: t("columns"), value: register.columns.join(", ") },
              { name: t("registerHash"), value: <code className="mienskip-hash">{register.sha256}</code> },
              { name: t("uploaded"), value: `${formatMoment(register.uploaded_at, language)} (${register.uploaded_by})` },
            ]}
          />
          <DataTable
            caption={t("registerPreview")}
            rowHeaders={false}
            columns={register.columns.map((c) => ({ header: c }))}
            rows={register.preview.map((row, r) => ({ key: String(r), cells: row }))}
          />
        </Section>
      )}
      {drawn && <Paragraph>{t(draw?.personal_data_deleted ? "registerPersonalDataDeleted" : "registerFixed")}</Paragraph>}
      {!drawn && (
        <Section id="register-upload" title={t(register ? "replaceRegister" : "uploadRegister")}>
          <Paragraph>{t("registerFormat")}</Paragraph>
          <CodeBlock>{"id,voornaam,achternaam,straat,huisnummer,postcode,woonplaats,dorp\n1,Sjoerd,de Vries,Kerkstraat,12,8701 AB,Bolsward,Bolsward"}</CodeBlock>
          <CsvUploadForm
            id="register-file"
            label={t("registerFile")}
            description={t("registerFileHelp")}
            busy={busy}
            submitLabel={t("upload")}
            onUpload={upload}
            progress={(file) =>
              busy && (
                <>
                  {/* The bar moves with every byte; the words change only between sending and checking, so a screen reader is not flooded. */}
                  <div className="mienskip-busy">
                    <progress
                      aria-label={t("uploading")}
                      {...(sent && sent.sent < sent.total ? { value: sent.sent, max: sent.total } : {})}
                    />
                    {sent && sent.sent < sent.total && <span aria-hidden="true">{percentSent(sent)}%</span>}
                  </div>
                  <Paragraph role="status" aria-live="polite">
                    {sent && sent.sent >= sent.total
                      ? t("registerChecking")
                      : `${t("uploading")} ${file ? `(${formatCount(Math.ceil(file.size / 1024), language)} kB)` : ""}`}
                  </Paragraph>
                </>
              )
            }
          >
            {problems && (
              <Alert type="error" role="alert">
                <Paragraph>
                  {t("registerRefused", { count: problems.count })}
                </Paragraph>
                <ProblemsTable problems={problems.problems} count={problems.count} />
              </Alert>
            )}
            {error !== null && !problems && (
              <ErrorAlert error={error}>
                <Paragraph>{t("registerKept")}</Paragraph>
              </ErrorAlert>
            )}
          </CsvUploadForm>
          <StatusMessage message={status} />
        </Section>
      )}
    </>
  );
}
