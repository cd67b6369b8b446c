import { useEffect, useState, type FormEvent } from "react";
import { percentSent, type UploadProgress } from "../../lib/uploadProgress";
import {
  Alert,
  CodeBlock,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { ForumRegister } from "./forumTypes";
import { formatCount, formatMoment } from "../../lib/format";
import { text } from "../../lib/texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { StatusMessage } from "../../components/StatusMessage";
import { registerProblemsOf } from "./fieldErrors";
import { ProblemsTable } from "./ProblemsTable";
import type { ForumTabProps } from "./ForumPage";

/** The population register extract (BRP): upload as CSV, then see what the server took in. */
export function RegisterTab({ api, language, forum, reload }: ForumTabProps) {
  const [register, setRegister] = useState<ForumRegister | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<UploadProgress | null>(null);

  useEffect(() => {
    api.register(forum.slug).then(setRegister, setLoadError);
  }, [api, forum.slug]);

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      document.getElementById("register-file")?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setStatus("");
    try {
      setSent(null);
      setRegister(await api.uploadRegister(forum.slug, file, setSent));
      setStatus(text(language, "registerSaved"));
      await reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const problems = registerProblemsOf(error);

  return (
    <>
      <Paragraph>{text(language, "registerIntro")}</Paragraph>
      {loadError !== null && <ErrorAlert error={loadError} language={language} context="registerNotLoaded" />}
      {register === undefined && loadError === null && <Loading language={language} />}
      {register === null && <Paragraph>{text(language, "noRegisterYet")}</Paragraph>}
      {register && (
        <section aria-labelledby="register-title">
          <Heading3 id="register-title">{text(language, "currentRegister")}</Heading3>
          <DataList>
            <DataListItem>
              <DataListKey>{text(language, "registerRows")}</DataListKey>
              <DataListValue>{formatCount(register.rows, language)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{text(language, "columns")}</DataListKey>
              <DataListValue>{register.columns.join(", ")}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{text(language, "registerHash")}</DataListKey>
              <DataListValue>
                <code className="mienskip-hash">{register.sha256}</code>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{text(language, "uploaded")}</DataListKey>
              <DataListValue>
                {formatMoment(register.uploaded_at, language)} ({register.uploaded_by})
              </DataListValue>
            </DataListItem>
          </DataList>
          <div className="mienskip-table-scroll">
            <Table>
              <TableCaption>{text(language, "registerPreview")}</TableCaption>
              <TableHeader>
                <TableRow>
                  {register.columns.map((c) => (
                    <TableHeaderCell key={c} scope="col">
                      {c}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {register.preview.map((row, r) => (
                  <TableRow key={r}>
                    {row.map((cell, c) => (
                      <TableCell key={c}>{cell}</TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}
      <section aria-labelledby="register-upload-title">
        <Heading3 id="register-upload-title">{text(language, register ? "replaceRegister" : "uploadRegister")}</Heading3>
        <Paragraph>{text(language, "registerFormat")}</Paragraph>
        <CodeBlock>{"id,voornaam,achternaam,straat,huisnummer,postcode,woonplaats,dorp\n1,Sjoerd,de Vries,Kerkstraat,12,8701 AB,Bolsward,Bolsward"}</CodeBlock>
        <form onSubmit={upload} noValidate aria-busy={busy}>
          {problems && (
            <Alert type="error" role="alert">
              <Paragraph>
                {text(language, "registerRefused").replace("{count}", formatCount(problems.count, language))}
              </Paragraph>
              <ProblemsTable problems={problems.problems} count={problems.count} language={language} />
            </Alert>
          )}
          {error !== null && !problems && (
            <ErrorAlert error={error} language={language}>
              <Paragraph>{text(language, "registerKept")}</Paragraph>
            </ErrorAlert>
          )}
          <FormField>
            <FormLabel htmlFor="register-file">{text(language, "registerFile")}</FormLabel>
            <FormFieldDescription id="register-file-help">{text(language, "registerFileHelp")}</FormFieldDescription>
            <input
              id="register-file"
              className="mienskip-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="register-file-help"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </FormField>
          <PrimaryActionButton type="submit" disabled={busy || !file}>
            {text(language, "upload")}
          </PrimaryActionButton>
          {busy && (
            <>
              {/* The bar moves with every byte; the words change only between sending and checking, so a screen reader is not flooded. */}
              <div className="mienskip-busy">
                <progress
                  aria-label={text(language, "uploading")}
                  {...(sent && sent.sent < sent.total ? { value: sent.sent, max: sent.total } : {})}
                />
                {sent && sent.sent < sent.total && <span aria-hidden="true">{percentSent(sent)}%</span>}
              </div>
              <Paragraph role="status" aria-live="polite">
                {sent && sent.sent >= sent.total
                  ? text(language, "registerChecking")
                  : `${text(language, "uploading")} ${file ? `(${formatCount(Math.ceil(file.size / 1024), language)} kB)` : ""}`}
              </Paragraph>
            </>
          )}
        </form>
        <StatusMessage message={status} />
      </section>
    </>
  );
}
