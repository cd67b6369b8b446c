import { useEffect, useState, type FormEvent } from "react";
import {
  Alert,
  ButtonGroup,
  Checkbox,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Link,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import { forumDownloadUrls } from "../../lib/api";
import type { AddressRoles, FieldError, ForumDraw, ForumRegister } from "./forumTypes";
import { formatCount, formatMoment } from "../../lib/format";
import { forumHref } from "../../lib/routes";
import { text } from "../../lib/texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { StatusMessage } from "../../components/StatusMessage";
import { ConfirmedAction } from "../../components/ConfirmedAction";
import { errorsByField, fieldErrorText, fieldErrorsOf } from "./fieldErrors";
import type { ForumTabProps } from "./ForumPage";
import { drawParameters, drawFormFrom, selectableColumns, type DrawForm } from "./drawForm";
import { LetterAddressControl } from "./LetterAddressControl";

/**
 * The invitation draw in the order that makes it verifiable: commit to the register and the
 * parameters, publish the commitment, and only then enter the public seed and draw.
 */
export function DrawTab({ api, language, forum }: ForumTabProps) {
  const [register, setRegister] = useState<ForumRegister | null | undefined>(undefined);
  const [draw, setDraw] = useState<ForumDraw | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [form, setForm] = useState<DrawForm>(() => drawFormFrom(null));
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [commitError, setCommitError] = useState<unknown>(null);
  const [seed, setSeed] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [drawError, setDrawError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const [addressRoles, setAddressRoles] = useState<AddressRoles | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [deleteStatus, setDeleteStatus] = useState("");

  useEffect(() => {
    Promise.all([api.register(forum.slug), api.draw(forum.slug)]).then(([r, d]) => {
      setRegister(r);
      setDraw(d);
      setForm(drawFormFrom(d));
    }, setLoadError);
  }, [api, forum.slug]);

  const drawn = !!draw?.seed;
  const byField = errorsByField(fieldErrors);
  const householdErrors = fieldErrors.filter((e) => e.field.startsWith("household_key"));

  async function commit(event: FormEvent) {
    event.preventDefault();
    setCommitError(null);
    setFieldErrors([]);
    setStatus("");
    setBusy(true);
    try {
      setDraw(await api.commitDraw(forum.slug, drawParameters(form)));
      setStatus(text(language, "commitmentSaved"));
      setConfirming(false);
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields.length) setFieldErrors(fields);
      else setCommitError(e);
    } finally {
      setBusy(false);
    }
  }

  async function runDraw() {
    setDrawError(null);
    setStatus("");
    setBusy(true);
    try {
      setDraw(await api.runDraw(forum.slug, seed));
      setStatus(text(language, "drawDone"));
    } catch (e) {
      setDrawError(e);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  async function deletePersonalData() {
    setDeleteError(null);
    setBusy(true);
    try {
      const result = await api.deleteRegisterPersonalData(forum.slug);
      setDraw(result);
      setDeleteStatus(
        text(language, "registerDeleted")
          .replace("{rows}", formatCount(result.deleted.register_rows, language))
          .replace("{codes}", formatCount(result.deleted.codes, language)),
      );
    } catch (e) {
      setDeleteError(e);
    } finally {
      setBusy(false);
    }
  }

  if (loadError !== null) return <ErrorAlert error={loadError} language={language} context="drawNotLoaded" />;
  if (register === undefined || draw === undefined) return <Loading language={language} />;
  if (register === null && draw === null) {
    return (
      <Paragraph>
        {text(language, "drawNeedsRegister")} <Link href={forumHref(forum.slug, "register")}>{text(language, "tabRegister")}</Link>
      </Paragraph>
    );
  }

  const columns = selectableColumns(register?.columns ?? draw?.parameters.household_key ?? []);
  const errorOf = (field: string) => byField.get(field)?.map((e) => fieldErrorText(e, language)).join(" ");
  const urls = forumDownloadUrls(forum.slug, addressRoles);

  return (
    <>
      <Paragraph>{text(language, "drawIntro")}</Paragraph>
      <section aria-labelledby="commit-title">
        <Heading3 id="commit-title">{text(language, "stepCommit")}</Heading3>
        {drawn && <Paragraph>{text(language, "drawReadOnly")}</Paragraph>}
        <form onSubmit={commit} noValidate>
          {commitError !== null && <ErrorAlert error={commitError} language={language} />}
          {fieldErrors.length > 0 && (
            <Alert type="error" role="alert">
              <Paragraph>{text(language, "notSavedFieldErrors").replace("{count}", String(fieldErrors.length))}</Paragraph>
            </Alert>
          )}
          <FormField invalid={!!errorOf("count")}>
            <FormLabel htmlFor="draw-count">{text(language, "invitationCount")}</FormLabel>
            <FormFieldDescription id="draw-count-description">
              {text(language, "invitationCountHelp").replace("{rows}", formatCount(register?.rows ?? 0, language))}
            </FormFieldDescription>
            {errorOf("count") && <FormFieldErrorMessage id="draw-count-error">{errorOf("count")}</FormFieldErrorMessage>}
            <Textbox
              id="draw-count"
              inputMode="numeric"
              value={form.count}
              onChange={(e) => setForm({ ...form, count: e.target.value })}
              invalid={!!errorOf("count")}
              aria-describedby={errorOf("count") ? "draw-count-description draw-count-error" : "draw-count-description"}
              disabled={drawn}
              autoComplete="off"
            />
          </FormField>
          <FormField invalid={!!errorOf("stratify_by")}>
            <FormLabel htmlFor="draw-stratify">{text(language, "stratifyBy")}</FormLabel>
            <FormFieldDescription id="draw-stratify-description">{text(language, "stratifyByHelp")}</FormFieldDescription>
            {errorOf("stratify_by") && <FormFieldErrorMessage id="draw-stratify-error">{errorOf("stratify_by")}</FormFieldErrorMessage>}
            <Select
              id="draw-stratify"
              value={form.stratifyBy}
              onChange={(e) => setForm({ ...form, stratifyBy: e.target.value })}
              aria-describedby="draw-stratify-description"
              disabled={drawn}
            >
              <SelectOption value="">{text(language, "noStratification")}</SelectOption>
              {columns.map((c) => (
                <SelectOption key={c} value={c}>
                  {c}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <Fieldset aria-describedby="draw-household-description" invalid={householdErrors.length > 0}>
            <FieldsetLegend>{text(language, "householdKey")}</FieldsetLegend>
            <FormFieldDescription id="draw-household-description">{text(language, "householdKeyHelp")}</FormFieldDescription>
            {householdErrors.length > 0 && (
              <FormFieldErrorMessage>{householdErrors.map((e) => fieldErrorText(e, language)).join(" ")}</FormFieldErrorMessage>
            )}
            <div className="mienskip-checkbox-columns">
              {columns.map((c) => (
                <FormField type="checkbox" key={c}>
                  <Checkbox
                    id={`draw-household-${c}`}
                    checked={form.householdKey.includes(c)}
                    disabled={drawn}
                    onChange={(e) =>
                      setForm({
                        ...form,
                        // In the register's order, whatever order they were ticked in.
                        householdKey: columns.filter((k) => (k === c ? e.target.checked : form.householdKey.includes(k))),
                      })
                    }
                  />
                  <FormLabel htmlFor={`draw-household-${c}`} type="checkbox">
                    {c}
                  </FormLabel>
                </FormField>
              ))}
            </div>
          </Fieldset>
          {!drawn && (
            <PrimaryActionButton type="submit" disabled={busy}>
              {text(language, draw ? "commitAgain" : "commit")}
            </PrimaryActionButton>
          )}
        </form>
      </section>

      {draw && (
        <section aria-labelledby="commitment-title">
          <Heading3 id="commitment-title">{text(language, "commitmentTitle")}</Heading3>
          {draw.register_changed && !drawn && (
            <Alert type="warning">
              <Paragraph>{text(language, "registerChangedWarning")}</Paragraph>
            </Alert>
          )}
          <Paragraph>{text(language, drawn ? "commitmentWasPublished" : "publishCommitment")}</Paragraph>
          <p className="mienskip-commitment" aria-label={text(language, "commitment")}>
            <code>{draw.commitment}</code>
          </p>
          <DataList>
            <DataListItem>
              <DataListKey>{text(language, "committed")}</DataListKey>
              <DataListValue>
                {formatMoment(draw.committed_at, language)} ({draw.committed_by})
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{text(language, "registerHash")}</DataListKey>
              <DataListValue>
                <code className="mienskip-hash">{draw.register_sha256}</code>
              </DataListValue>
            </DataListItem>
          </DataList>
        </section>
      )}

      {draw && !drawn && (
        <section aria-labelledby="seed-title">
          <Heading3 id="seed-title">{text(language, "stepDraw")}</Heading3>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (seed.trim()) setConfirming(true);
              else document.getElementById("draw-seed")?.focus();
            }}
            noValidate
          >
            {drawError !== null && <ErrorAlert error={drawError} language={language} />}
            <FormField>
              <FormLabel htmlFor="draw-seed">{text(language, "seed")}</FormLabel>
              <FormFieldDescription id="draw-seed-description">{text(language, "seedHelp")}</FormFieldDescription>
              <Textbox
                id="draw-seed"
                value={seed}
                onChange={(e) => {
                  setSeed(e.target.value);
                  setConfirming(false);
                }}
                aria-describedby="draw-seed-description"
                autoComplete="off"
                spellCheck={false}
              />
            </FormField>
            {!confirming && (
              <PrimaryActionButton type="submit" disabled={busy || draw.register_changed}>
                {text(language, "runDraw")}
              </PrimaryActionButton>
            )}
          </form>
          {confirming && (
            <Alert type="warning" role="alert">
              <Paragraph>{text(language, "confirmDraw").replace("{seed}", seed.trim())}</Paragraph>
              <ButtonGroup>
                <PrimaryActionButton onClick={() => void runDraw()} disabled={busy}>
                  {text(language, "confirmDrawYes")}
                </PrimaryActionButton>
                <SecondaryActionButton onClick={() => setConfirming(false)} disabled={busy}>
                  {text(language, "cancel")}
                </SecondaryActionButton>
              </ButtonGroup>
            </Alert>
          )}
        </section>
      )}
      <StatusMessage message={status} />

      {draw && drawn && (
        <section aria-labelledby="drawn-title">
          <Heading3 id="drawn-title">{text(language, "drawResult")}</Heading3>
          <DataList>
            <DataListItem>
              <DataListKey>{text(language, "seed")}</DataListKey>
              <DataListValue>
                <code>{draw.seed}</code>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{text(language, "drawnAt")}</DataListKey>
              <DataListValue>
                {formatMoment(draw.drawn_at ?? "", language)} ({draw.drawn_by})
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{text(language, "invitations")}</DataListKey>
              <DataListValue>{formatCount(draw.invitations, language)}</DataListValue>
            </DataListItem>
            {draw.receipt && (
              <DataListItem>
                <DataListKey>{text(language, "invitationsHash")}</DataListKey>
                <DataListValue>
                  <code className="mienskip-hash">{draw.receipt.invitations_sha256}</code>
                </DataListValue>
              </DataListItem>
            )}
          </DataList>
          {draw.receipt && (
            <div className="mienskip-table-scroll">
              <Table>
                <TableCaption>{text(language, "strata")}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{text(language, "stratum")}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="mienskip-number">{text(language, "eligible")}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="mienskip-number">{text(language, "invitations")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {draw.receipt.strata.map((s) => (
                    <TableRow key={s.stratum}>
                      <TableHeaderCell scope="row">{s.stratum || text(language, "wholeRegister")}</TableHeaderCell>
                      <TableCell className="mienskip-number">{formatCount(s.eligible, language)}</TableCell>
                      <TableCell className="mienskip-number">{formatCount(s.invitations, language)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          {draw.personal_data_deleted ? (
            <Paragraph>{text(language, "personalDataDeleted")}</Paragraph>
          ) : (
            <>
              <Heading3>{text(language, "lettersTitle")}</Heading3>
              <LetterAddressControl api={api} language={language} slug={forum.slug} onChange={setAddressRoles} />
              <ul className="mienskip-downloads">
                <li>
                  <Link href={urls.invitationsCsv} download={`${forum.slug}-uitnodigingen.csv`}>
                    {text(language, "downloadInvitations")}
                  </Link>
                  <Paragraph>{text(language, "downloadInvitationsHelp")}</Paragraph>
                </li>
                {addressRoles && (
                  <>
                    <li>
                      <Link href={urls.lettersNl} target="_blank" rel="noopener">
                        {text(language, "lettersDutch")}
                      </Link>
                    </li>
                    <li>
                      <Link href={urls.lettersFy} target="_blank" rel="noopener">
                        {text(language, "lettersFrisian")}
                      </Link>
                      <Paragraph>{text(language, "lettersFrisianHelp")}</Paragraph>
                    </li>
                  </>
                )}
              </ul>
              <Heading3 id="delete-register-title">{text(language, "deleteRegisterTitle")}</Heading3>
              <Paragraph>{text(language, "deleteRegisterIntro")}</Paragraph>
              {deleteError !== null && <ErrorAlert error={deleteError} language={language} />}
              <ConfirmedAction
                label={text(language, "deleteRegister")}
                question={text(language, "deleteRegisterQuestion")
                  .replace("{rows}", formatCount(draw.receipt?.register_rows ?? 0, language))
                  .replace("{invitations}", formatCount(draw.invitations, language))}
                confirmLabel={text(language, "deleteRegisterYes")}
                cancelLabel={text(language, "cancel")}
                busy={busy}
                onConfirm={deletePersonalData}
              />
            </>
          )}
          <StatusMessage message={deleteStatus} />
        </section>
      )}
    </>
  );
}
