import { useState, type FormEvent } from "react";
import {
  Alert,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  Heading3,
  Link,
  Paragraph,
  PrimaryActionButton,
} from "@utrecht/component-library-react";
import { forumDownloadUrls } from "./api/forumApi";
import type { AddressRoles, FieldError } from "./api/types";
import { formatCount, formatMoment } from "../../lib/format";
import { forumHref } from "../../lib/routes";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { DataTable } from "../../components/DataTable";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { StatusMessage } from "../../components/StatusMessage";
import { ConfirmedAction, ConfirmQuestion } from "../../components/ConfirmedAction";
import { CheckboxField, SelectField, TextField } from "../../components/FormFields";
import { FactList } from "../../components/FactList";
import { errorsByField, fieldErrorText, fieldErrorsOf } from "./fieldErrors";
import type { ForumTabProps } from "./ForumPage";
import { useDraw, useRegister } from "./api/queries";
import { useCommitDraw, useDeleteRegisterPersonalData, useRunDraw } from "./api/actions";
import { drawParameters, drawFormFrom, selectableColumns, type DrawForm } from "./drawForm";
import { LetterAddressControl } from "./LetterAddressControl";
import { LetterTextsSection } from "./LetterTextsSection";
import { Section } from "../../components/Section";
import { CommitmentSection } from "./CommitmentSection";

/**
 * The invitation draw in the order that makes it verifiable: commit to the register and the
 * parameters, publish the commitment, and only then enter the public seed and draw.
 */
export function DrawTab({ forum }: ForumTabProps) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const registerQuery = useRegister(forum.slug);
  const drawQuery = useDraw(forum.slug);
  const register = registerQuery.data;
  const draw = drawQuery.data;
  const loadError = registerQuery.error ?? drawQuery.error;
  const commitDraw = useCommitDraw(forum.slug);
  const runDrawAction = useRunDraw(forum.slug);
  const deleteRegister = useDeleteRegisterPersonalData(forum.slug);
  // The form starts from the committed parameters, once they are known; after that it is staff's.
  const [edited, setForm] = useState<DrawForm | null>(null);
  const form = edited ?? drawFormFrom(draw ?? null);
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
      const saved = await commitDraw.mutateAsync(drawParameters(form, !!draw));
      setStatus(t("commitmentSaved", { version: saved.version }));
      setConfirming(false);
      setForm(null);  // the new version's parameters, and no reason typed yet
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
      await runDrawAction.mutateAsync(seed);
      setStatus(t("drawDone"));
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
      const result = await deleteRegister.mutateAsync();
      setDeleteStatus(
        t("registerDeleted", {
          rows: t("registerRowCount", { count: result.deleted.register_rows }),
          codes: t("codeCount", { count: result.deleted.codes }),
        }),
      );
    } catch (e) {
      setDeleteError(e);
    } finally {
      setBusy(false);
    }
  }

  if (loadError !== null) return <ErrorAlert error={loadError} context={t("drawNotLoaded")} />;
  if (register === undefined || draw === undefined) return <Loading />;
  if (register === null && draw === null) {
    return (
      <Paragraph>
        {t("drawNeedsRegister")} <Link href={forumHref(forum.slug, "register")}>{t("tabRegister")}</Link>
      </Paragraph>
    );
  }

  const columns = selectableColumns(register?.columns ?? draw?.parameters.household_key ?? []);
  const errorOf = (field: string) => byField.get(field)?.map((e) => fieldErrorText(e, language)).join(" ");
  const urls = forumDownloadUrls(forum.slug, addressRoles);

  return (
    <>
      <Paragraph>{t("drawIntro")}</Paragraph>
      <Section id="commit" title={t("stepCommit")}>
        {drawn && <Paragraph>{t("drawReadOnly")}</Paragraph>}
        <form onSubmit={commit} noValidate>
          {commitError !== null && <ErrorAlert error={commitError} />}
          {fieldErrors.length > 0 && (
            <Alert type="error" role="alert">
              <Paragraph>{t("notSavedFieldErrors", { count: fieldErrors.length })}</Paragraph>
            </Alert>
          )}
          <TextField
            id="draw-count"
            label={t("numberOfInvitations")}
            description={t("numberOfInvitationsHelp", { count: register?.rows ?? 0 })}
            error={errorOf("count")}
            inputMode="numeric"
            value={form.count}
            onChange={(count) => setForm({ ...form, count })}
            disabled={drawn}
            autoComplete="off"
          />
          <SelectField
            id="draw-stratify"
            label={t("stratifyBy")}
            description={t("stratifyByHelp")}
            error={errorOf("stratify_by")}
            value={form.stratifyBy}
            onChange={(stratifyBy) => setForm({ ...form, stratifyBy })}
            options={[{ value: "", label: t("noStratification") }, ...columns.map((c) => ({ value: c, label: c }))]}
            disabled={drawn}
          />
          <Fieldset aria-describedby="draw-household-description" invalid={householdErrors.length > 0}>
            <FieldsetLegend>{t("householdKey")}</FieldsetLegend>
            <FormFieldDescription id="draw-household-description">{t("householdKeyHelp")}</FormFieldDescription>
            {householdErrors.length > 0 && (
              <FormFieldErrorMessage>{householdErrors.map((e) => fieldErrorText(e, language)).join(" ")}</FormFieldErrorMessage>
            )}
            <div className="mienskip-checkbox-columns">
              {columns.map((c) => (
                <CheckboxField
                  key={c}
                  id={`draw-household-${c}`}
                  label={c}
                  checked={form.householdKey.includes(c)}
                  disabled={drawn}
                  onChange={(checked) =>
                    setForm({
                      ...form,
                      // In the register's order, whatever order they were ticked in.
                      householdKey: columns.filter((k) => (k === c ? checked : form.householdKey.includes(k))),
                    })
                  }
                />
              ))}
            </div>
          </Fieldset>
          {draw && !drawn && (
            <TextField
              id="draw-reason"
              label={t("correctionReason")}
              description={t("correctionReasonHelp", { version: draw.version, next: draw.version + 1 })}
              error={errorOf("reason")}
              value={form.reason}
              onChange={(reason) => setForm({ ...form, reason })}
              autoComplete="off"
            />
          )}
          {!drawn && (
            <PrimaryActionButton type="submit" disabled={busy}>
              {t(draw ? "commitCorrection" : "commit")}
            </PrimaryActionButton>
          )}
        </form>
      </Section>

      {draw && <CommitmentSection draw={draw} />}

      {draw && !drawn && (
        <Section id="seed" title={t("stepDraw")}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (seed.trim()) setConfirming(true);
              else document.getElementById("draw-seed")?.focus();
            }}
            noValidate
          >
            {drawError !== null && <ErrorAlert error={drawError} />}
            {!draw.seed_time_reached && (
              <Paragraph>{t("seedNotBefore", { time: formatMoment(draw.seed_not_before, language) })}</Paragraph>
            )}
            <TextField
              id="draw-seed"
              label={t("seed")}
              description={t("seedHelp")}
              value={seed}
              onChange={(typed) => {
                setSeed(typed);
                setConfirming(false);
              }}
              autoComplete="off"
              spellCheck={false}
            />
            {!confirming && (
              <PrimaryActionButton type="submit" disabled={busy || draw.register_changed}>
                {t("runDraw")}
              </PrimaryActionButton>
            )}
          </form>
          {confirming && (
            <ConfirmQuestion
              question={t("confirmDraw", { seed: seed.trim() })}
              confirmLabel={t("confirmDrawYes")}
              cancelLabel={t("cancel")}
              busy={busy}
              onConfirm={runDraw}
              onCancel={() => setConfirming(false)}
            />
          )}
        </Section>
      )}
      <StatusMessage message={status} />

      {draw && drawn && (
        <Section id="drawn" title={t("drawResult")}>
          <FactList
            facts={[
              { name: t("seed"), value: <code>{draw.seed}</code> },
              { name: t("drawnAt"), value: `${formatMoment(draw.drawn_at ?? "", language)} (${draw.drawn_by})` },
              { name: t("invitations"), value: formatCount(draw.invitations, language) },
              !!draw.receipt && { name: t("invitationsHash"), value: <code className="mienskip-hash">{draw.receipt.invitations_sha256}</code> },
            ]}
          />
          {draw.receipt && (
            <DataTable
              caption={t("strata")}
              columns={[{ header: t("stratum") }, { header: t("eligible"), numeric: true }, { header: t("invitations"), numeric: true }]}
              rows={draw.receipt.strata.map((s) => ({
                key: s.stratum,
                cells: [s.stratum || t("wholeRegister"), formatCount(s.eligible, language), formatCount(s.invitations, language)],
              }))}
            />
          )}
          {draw.personal_data_deleted ? (
            <Paragraph>{t("personalDataDeleted")}</Paragraph>
          ) : (
            <>
              <Heading3>{t("lettersTitle")}</Heading3>
              <LetterAddressControl slug={forum.slug} onChange={setAddressRoles} />
              <LetterTextsSection slug={forum.slug} />
              <ul className="mienskip-downloads">
                <li>
                  <Link href={urls.invitationsCsv} download={`${forum.slug}-uitnodigingen.csv`}>
                    {t("downloadInvitations")}
                  </Link>
                  <Paragraph>{t("downloadInvitationsHelp")}</Paragraph>
                </li>
                {addressRoles && (
                  <>
                    <li>
                      <Link href={urls.lettersNl} target="_blank" rel="noopener">
                        {t("lettersDutch")}
                      </Link>
                    </li>
                    <li>
                      <Link href={urls.lettersFy} target="_blank" rel="noopener">
                        {t("lettersFrisian")}
                      </Link>
                      <Paragraph>{t("lettersFrisianHelp")}</Paragraph>
                    </li>
                    <li>
                      <Link href={urls.lettersEn} target="_blank" rel="noopener">
                        {t("lettersEnglish")}
                      </Link>
                    </li>
                  </>
                )}
              </ul>
              <Heading3 id="delete-register-title">{t("deleteRegisterTitle")}</Heading3>
              <Paragraph>{t("deleteRegisterIntro")}</Paragraph>
              {deleteError !== null && <ErrorAlert error={deleteError} />}
              <ConfirmedAction
                label={t("deleteRegister")}
                question={t("deleteRegisterQuestion", {
                  rows: t("allRegisterRows", { count: draw.receipt?.register_rows ?? 0 }),
                  letters: t("letterCount", { count: draw.invitations }),
                })}
                confirmLabel={t("deleteRegisterYes")}
                cancelLabel={t("cancel")}
                busy={busy}
                onConfirm={deletePersonalData}
              />
            </>
          )}
          <StatusMessage message={deleteStatus} />
        </Section>
      )}
    </>
  );
}
