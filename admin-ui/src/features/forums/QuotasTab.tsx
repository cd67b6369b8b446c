import { useState, type FormEvent } from "react";
import { Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import type { Forum } from "./api/types";
import { formatMoment } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useQuotaCheck, type QuotaCheck } from "./api/queries";
import { useSaveQuotas } from "./api/actions";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { errorsByField, quotaFieldPaths, unplacedErrors } from "./fieldErrors";
import { useFieldErrorForm } from "./useFieldErrorForm";
import { FieldErrorSummary } from "./FieldErrorSummary";
import { FeasibilityReport } from "./FeasibilityReport";
import type { ForumTabProps } from "./ForumPage";
import { QuotaEditor } from "./QuotaEditor";
import { RegisterCompositionSection } from "./RegisterCompositionSection";
import { QuestionTextsSection } from "./QuestionTextsSection";
import { panelSizeJson, quotaCategoriesJson, quotaFormFrom, type QuotaForm } from "./quotaForm";
import { applyRelaxation, quotaCheckDelayMs, relaxationByField, relaxationHint } from "./quotaCheck";
import { useDebounced } from "../../lib/useDebounced";
import { Section } from "../../components/Section";

const prefix = "quotas";

function DraftVerdict({ check, forum, onApply }: { check: QuotaCheck; forum: Forum; onApply: () => void }) {
  const t = useText(forumTexts);
  if (check.state === "checked") {
    const draft = { ...forum, categories: check.categories, panel_size: check.panelSize, feasibility: check.feasibility };
    return <FeasibilityReport forum={draft} draft onApply={onApply} />;
  }
  const words = { checking: "draftChecking", incomplete: "draftIncomplete", failed: "draftNotChecked" } as const;
  return (
    <Section id="feasibility" title={t("feasibilityTitle")} className="mienskip-feasibility">
      <Paragraph>{t(words[check.state])}</Paragraph>
    </Section>
  );
}

/**
 * Staff change the quotas and panel size. While they type, the sums are checked here and the
 * draft is sent to the server's check (against the volunteers once there are any): its verdict
 * shows above the form and its suggested changes next to the quotas they change, before saving.
 */
export function QuotasTab({ forum }: ForumTabProps) {
  const saveQuotas = useSaveQuotas(forum.slug);
  const language = useLanguage();
  const t = useText(forumTexts);
  const [form, setForm] = useState<QuotaForm>(() => quotaFormFrom(forum.categories, forum.panel_size));
  const { fieldErrors, error, busy, submit } = useFieldErrorForm(prefix);
  const [status, setStatus] = useState("");
  // A change after saving makes "saved" untrue: the sentence goes with the first edit.
  const edit = (changed: QuotaForm) => {
    setForm(changed);
    setStatus("");
  };

  // On load at once, then once typing pauses.
  const draft = useDebounced(form, quotaCheckDelayMs);
  const check = useQuotaCheck(forum.slug, quotaCategoriesJson(draft), panelSizeJson(draft));

  const hints =
    check.state === "checked"
      ? new Map([...relaxationByField(form, check.feasibility.relaxation)].map(([path, change]) => [path, relaxationHint(change, language)]))
      : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    setStatus("");
    await submit(async () => {
      await saveQuotas.mutateAsync({ categories: quotaCategoriesJson(form), panelSize: panelSizeJson(form) });
      setStatus(t("quotasSaved"));
    });
  }

  return (
    <>
      <Paragraph>{t("quotasIntro")}</Paragraph>
      <DraftVerdict
        check={check}
        forum={forum}
        onApply={() => check.state === "checked" && edit(applyRelaxation(form, check.feasibility.relaxation))}
      />
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
          onChange={edit}
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
      <RegisterCompositionSection slug={forum.slug} form={form} onChange={edit} />
      <QuestionTextsSection slug={forum.slug} />
    </>
  );
}
