import { useState, type FormEvent } from "react";
import { PrimaryActionButton } from "@utrecht/component-library-react";
import { useLanguage } from "../../lib/appContext";
import { useCreateForum } from "./api/actions";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextField } from "../../components/FormFields";
import { errorsByField, fieldErrorText, fieldErrorsOf, fieldId, quotaFieldPaths, unplacedErrors } from "./fieldErrors";
import type { FieldError } from "./api/types";
import { FieldErrorSummary } from "./FieldErrorSummary";
import { QuotaEditor } from "./QuotaEditor";
import { exampleQuotaForm, panelSizeJson, quotaCategoriesJson, type QuotaForm } from "./quotaForm";
import { Section } from "../../components/Section";

const prefix = "new-forum";

/** Administrators set up a burgerforum: its name, the panel size and the quotas the panel must meet. */
export function NewForumForm({ onCreated }: { onCreated: (slug: string) => void }) {
  const createForum = useCreateForum();
  const language = useLanguage();
  const t = useText(forumTexts);
  const [slug, setSlug] = useState("");
  const [name, setName] = useState("");
  const [municipality, setMunicipality] = useState("");
  const [quotas, setQuotas] = useState<QuotaForm>(exampleQuotaForm);
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const byField = errorsByField(fieldErrors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setFieldErrors([]);
    setBusy(true);
    try {
      const created = await createForum.mutateAsync({
        slug: slug.trim(),
        name,
        municipality,
        panel_size: panelSizeJson(quotas),
        categories: quotaCategoriesJson(quotas),
      });
      onCreated(created.slug);
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields.length) {
        setFieldErrors(fields);
        // Start at the first input that needs correcting.
        requestAnimationFrame(() => document.getElementById(fieldId(prefix, fields[0].field))?.focus());
      } else setError(e);
    } finally {
      setBusy(false);
    }
  }

  function textField(path: "slug" | "name" | "municipality", value: string, set: (v: string) => void, help?: string) {
    const errors = byField.get(path);
    return (
      <TextField
        id={fieldId(prefix, path)}
        label={t(path === "slug" ? "forumSlug" : path === "name" ? "forumName" : "municipality")}
        description={help}
        error={errors?.map((e) => fieldErrorText(e, language)).join(" ")}
        value={value}
        onChange={set}
        autoComplete="off"
        spellCheck={path === "slug" ? false : undefined}
      />
    );
  }

  return (
    <Section id="new-forum" title={t("newForum")} level={2}>
      <form onSubmit={submit} noValidate>
        {error !== null && <ErrorAlert error={error} />}
        {fieldErrors.length > 0 && (
          <FieldErrorSummary
            errors={fieldErrors}
            unplaced={unplacedErrors(fieldErrors, ["slug", "name", "municipality", ...quotaFieldPaths(quotas)])}
           
          />
        )}
        {textField("slug", slug, setSlug, t("forumSlugHelp"))}
        {textField("name", name, setName)}
        {textField("municipality", municipality, setMunicipality)}
        <QuotaEditor form={quotas} onChange={setQuotas} errors={byField} idPrefix={prefix} />
        <PrimaryActionButton type="submit" disabled={busy}>
          {t("createForum")}
        </PrimaryActionButton>
      </form>
    </Section>
  );
}
