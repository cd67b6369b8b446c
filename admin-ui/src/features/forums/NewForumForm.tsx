import { useState, type FormEvent } from "react";
import { Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import { useLanguage } from "../../lib/appContext";
import { useCreateForum } from "./api/actions";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextField } from "../../components/FormFields";
import { errorsByField, fieldErrorText, fieldId, quotaFieldPaths, unplacedErrors } from "./fieldErrors";
import { useFieldErrorForm } from "./useFieldErrorForm";
import { FieldErrorSummary } from "./FieldErrorSummary";
import { QuotaEditor } from "./QuotaEditor";
import { newForumQuotaForm, panelSizeJson, quotaCategoriesJson, type QuotaForm } from "./quotaForm";
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
  const [quotas, setQuotas] = useState<QuotaForm>(newForumQuotaForm);
  const { fieldErrors, error, busy, submit } = useFieldErrorForm(prefix);
  const byField = errorsByField(fieldErrors);

  async function create(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      const created = await createForum.mutateAsync({
        slug: slug.trim(),
        name,
        municipality,
        panel_size: panelSizeJson(quotas),
        categories: quotaCategoriesJson(quotas),
      });
      onCreated(created.slug);
    });
  }

  function textField(path: "slug" | "name" | "municipality", value: string, set: (v: string) => void, help?: string) {
    const errors = byField.get(path);
    return (
      <TextField
        id={fieldId(prefix, path)}
        label={t(path === "slug" ? "slug" : path === "name" ? "forumName" : "municipality")}
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
      <form onSubmit={create} noValidate>
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
        <Paragraph>{t("newForumBoundsHelp")}</Paragraph>
        <QuotaEditor form={quotas} onChange={setQuotas} errors={byField} idPrefix={prefix} />
        <PrimaryActionButton type="submit" disabled={busy}>
          {t("createForum")}
        </PrimaryActionButton>
      </form>
    </Section>
  );
}
