import { useState, type FormEvent } from "react";
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  PrimaryActionButton,
  RadioButton,
} from "@utrecht/component-library-react";
import { useLanguage } from "../../lib/appContext";
import { useTemplates } from "./api/queries";
import { useCreateSurvey } from "./api/actions";
import { useText } from "../../lib/text";
import { surveyTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextField } from "../../components/FormFields";
import { slugPattern } from "./status";
import { Section } from "../../components/Section";

/** Administrators start a survey from one of the templates the server knows. */
export function NewSurveyForm({ onCreated }: { onCreated: (slug: string) => void }) {
  const language = useLanguage();
  const t = useText(surveyTexts);
  const templatesQuery = useTemplates();
  const templates = templatesQuery.data ?? null;
  const loadError = templatesQuery.error;
  const createSurvey = useCreateSurvey();
  // The first template until staff choose another.
  const [chosen, setTemplate] = useState("");
  const template = chosen || templates?.[0]?.name || "";
  const [slug, setSlug] = useState("");
  const [requiresCode, setRequiresCode] = useState(true);
  const [slugError, setSlugError] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const invalid = !slugPattern.test(slug);
    setSlugError(invalid);
    if (invalid) {
      document.getElementById("new-survey-slug")?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await createSurvey.mutateAsync({ template, slug, requires_code: requiresCode });
      onCreated(created.slug ?? slug);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section id="new-survey" title={t("newSurvey")} level={2}>
      {loadError !== null && <ErrorAlert error={loadError} context={t("templatesNotLoaded")} />}
      {templates?.length === 0 && <Paragraph>{t("noTemplates")}</Paragraph>}
      {templates && templates.length > 0 && (
        <form onSubmit={submit} noValidate>
          {error !== null && <ErrorAlert error={error} />}
          <SelectField
            id="new-survey-template"
            label={t("template")}
            value={template}
            onChange={setTemplate}
            options={templates.map((option) => ({
              value: option.name,
              label: `${option.title[language] || option.title.nl} (${t("scenarioCount", { count: option.scenarios })})`,
            }))}
          />
          <TextField
            id="new-survey-slug"
            label={t("slug")}
            description={t("slugHelp")}
            error={slugError && t("slugInvalid")}
            value={slug}
            onChange={(typed) => setSlug(typed.trim())}
            autoComplete="off"
            spellCheck={false}
            required
          />
          <Fieldset>
            <FieldsetLegend>{t("whoMayAnswer")}</FieldsetLegend>
            <FormField type="radio">
              <RadioButton id="new-survey-code" name="access" checked={requiresCode} onChange={() => setRequiresCode(true)} />
              <FormLabel htmlFor="new-survey-code" type="radio">
                {t("accessCode")}
              </FormLabel>
            </FormField>
            <FormField type="radio">
              <RadioButton id="new-survey-open" name="access" checked={!requiresCode} onChange={() => setRequiresCode(false)} />
              <FormLabel htmlFor="new-survey-open" type="radio">
                {t("accessOpen")}
              </FormLabel>
            </FormField>
          </Fieldset>
          <PrimaryActionButton type="submit" disabled={busy || !template}>
            {t("createSurvey")}
          </PrimaryActionButton>
        </form>
      )}
    </Section>
  );
}
