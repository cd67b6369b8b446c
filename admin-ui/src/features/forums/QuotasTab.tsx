import { useState, type FormEvent } from "react";
import { Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import type { Forum } from "./forumTypes";
import { formatMoment } from "../../lib/format";
import { text } from "../../lib/texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { errorsByField, fieldErrorsOf, fieldId, quotaFieldPaths, unplacedErrors } from "./fieldErrors";
import type { FieldError } from "./forumTypes";
import { FieldErrorSummary } from "./FieldErrorSummary";
import { FeasibilityReport } from "./FeasibilityReport";
import type { ForumTabProps } from "./ForumPage";
import { QuotaEditor } from "./QuotaEditor";
import { panelSizeJson, quotaCategoriesJson, quotaFormFrom, type QuotaForm } from "./quotaForm";

const prefix = "quotas";

/** Staff change the quotas and panel size; the sums are checked while typing, the server's verdict shows after saving. */
export function QuotasTab({ api, language, forum, onSaved }: ForumTabProps & { onSaved: (forum: Forum) => void }) {
  const [form, setForm] = useState<QuotaForm>(() => quotaFormFrom(forum.categories, forum.panel_size));
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setFieldErrors([]);
    setStatus("");
    setBusy(true);
    try {
      const saved = await api.saveQuotas(forum.slug, quotaCategoriesJson(form), panelSizeJson(form));
      onSaved(saved);
      setStatus(text(language, "quotasSaved"));
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
      <Paragraph>{text(language, "quotasIntro")}</Paragraph>
      <FeasibilityReport forum={forum} language={language} />
      <Paragraph className="mienskip-updated">
        {text(language, "quotasChanged")} {formatMoment(forum.quotas_changed_at, language)} ({forum.quotas_changed_by})
      </Paragraph>
      <form onSubmit={save} noValidate>
        {error !== null && <ErrorAlert error={error} language={language} />}
        {fieldErrors.length > 0 && (
          <FieldErrorSummary errors={fieldErrors} unplaced={unplacedErrors(fieldErrors, quotaFieldPaths(form))} language={language} />
        )}
        <QuotaEditor form={form} onChange={setForm} errors={errorsByField(fieldErrors)} idPrefix={prefix} language={language} />
        <div className="mienskip-actions">
          <PrimaryActionButton type="submit" disabled={busy}>
            {text(language, "saveQuotas")}
          </PrimaryActionButton>
          <StatusMessage message={status} />
        </div>
      </form>
    </>
  );
}
