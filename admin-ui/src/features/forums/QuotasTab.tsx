import { useEffect, useRef, useState, type FormEvent } from "react";
import { Heading3, Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import type { Forum, QuotaCategory, QuotaFeasibility } from "./api/types";
import { formatMoment } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useForumApi } from "./api/queries";
import { useSaveQuotas } from "./api/actions";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { errorsByField, fieldErrorsOf, fieldId, quotaFieldPaths, unplacedErrors } from "./fieldErrors";
import type { FieldError } from "./api/types";
import { FieldErrorSummary } from "./FieldErrorSummary";
import { FeasibilityReport } from "./FeasibilityReport";
import type { ForumTabProps } from "./ForumPage";
import { QuotaEditor } from "./QuotaEditor";
import { panelSizeJson, quotaCategoriesJson, quotaFormFrom, type QuotaForm } from "./quotaForm";
import { latestOnly, quotaCheckDelayMs, relaxationByField, relaxationHint } from "./quotaCheck";

const prefix = "quotas";

/** The server's verdict on the draft: the quotas it was given with it, so its conflicts read against those. */
type DraftCheck =
  | { state: "checking" }
  | { state: "checked"; feasibility: QuotaFeasibility; categories: QuotaCategory[]; panelSize: number }
  | { state: "incomplete" }
  | { state: "failed" };

function DraftVerdict({ check, forum }: { check: DraftCheck; forum: Forum }) {
  const t = useText(forumTexts);
  if (check.state === "checked") {
    const draft = { ...forum, categories: check.categories, panel_size: check.panelSize, feasibility: check.feasibility };
    return <FeasibilityReport forum={draft} draft />;
  }
  const words = { checking: "draftChecking", incomplete: "draftIncomplete", failed: "draftNotChecked" } as const;
  return (
    <section aria-labelledby="feasibility-title" className="mienskip-feasibility">
      <Heading3 id="feasibility-title">{t("feasibilityTitle")}</Heading3>
      <Paragraph>{t(words[check.state])}</Paragraph>
    </section>
  );
}

/**
 * Staff change the quotas and panel size. While they type, the sums are checked here and the
 * draft is sent to the server's check (against the volunteers once there are any): its verdict
 * shows above the form and its suggested changes next to the quotas they change, before saving.
 */
export function QuotasTab({ forum }: ForumTabProps) {
  const api = useForumApi();
  const saveQuotas = useSaveQuotas(forum.slug);
  const language = useLanguage();
  const t = useText(forumTexts);
  const [form, setForm] = useState<QuotaForm>(() => quotaFormFrom(forum.categories, forum.panel_size));
  const [check, setCheck] = useState<DraftCheck>({ state: "checking" });
  const checks = useRef(latestOnly());
  const loaded = useRef(false);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  // On load at once, then once typing pauses. A draft typed since makes an answer on its way stale.
  useEffect(() => {
    const isLatest = checks.current.begin();
    const categories = quotaCategoriesJson(form);
    const panelSize = panelSizeJson(form);
    const timer = window.setTimeout(
      () => {
        api.checkQuotas(forum.slug, categories, panelSize).then(
          (feasibility) => {
            if (isLatest()) setCheck({ state: "checked", feasibility, categories, panelSize });
          },
          (e) => {
            if (isLatest()) setCheck({ state: fieldErrorsOf(e).length ? "incomplete" : "failed" });
          },
        );
      },
      loaded.current ? quotaCheckDelayMs : 0,
    );
    loaded.current = true;
    return () => window.clearTimeout(timer);
  }, [api, forum.slug, form]);

  const hints =
    check.state === "checked"
      ? new Map([...relaxationByField(form, check.feasibility.relaxation)].map(([path, change]) => [path, relaxationHint(change, language)]))
      : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setFieldErrors([]);
    setStatus("");
    setBusy(true);
    try {
      await saveQuotas.mutateAsync({ categories: quotaCategoriesJson(form), panelSize: panelSizeJson(form) });
      setStatus(t("quotasSaved"));
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields.length) {
        setFieldErrors(fields);
        requestAnimationFrame(() => document.getElementById(fieldId(prefix, fields[0].field))?.focus());
      } else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Paragraph>{t("quotasIntro")}</Paragraph>
      <DraftVerdict check={check} forum={forum} />
      <Paragraph className="mienskip-updated">
        {t("quotasChanged")} {formatMoment(forum.quotas_changed_at, language)} ({forum.quotas_changed_by})
      </Paragraph>
      <form onSubmit={save} noValidate>
        {error !== null && <ErrorAlert error={error} />}
        {fieldErrors.length > 0 && (
          <FieldErrorSummary errors={fieldErrors} unplaced={unplacedErrors(fieldErrors, quotaFieldPaths(form))} />
        )}
        <QuotaEditor
          form={form}
          onChange={setForm}
          errors={errorsByField(fieldErrors)}
          idPrefix={prefix}
         
          hints={hints}
        />
        <div className="mienskip-actions">
          <PrimaryActionButton type="submit" disabled={busy}>
            {t("saveQuotas")}
          </PrimaryActionButton>
          <StatusMessage message={status} />
        </div>
      </form>
    </>
  );
}
