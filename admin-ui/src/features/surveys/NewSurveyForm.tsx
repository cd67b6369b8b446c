import { useState, type FormEvent } from "react";
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from "@utrecht/component-library-react";
import { useLanguage } from "../../lib/appContext";
import { useTemplates } from "./api/queries";
import { useCreateSurvey } from "./api/actions";
import { useText } from "../../lib/text";
import { surveyTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { slugPattern } from "./status";

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
    <section aria-labelledby="new-survey-title">
      <Heading2 id="new-survey-title">{t("newSurvey")}</Heading2>
      {loadError !== null && <ErrorAlert error={loadError} context={t("templatesNotLoaded")} />}
      {templates?.length === 0 && <Paragraph>{t("noTemplates")}</Paragraph>}
      {templates && templates.length > 0 && (
        <form onSubmit={submit} noValidate>
          {error !== null && <ErrorAlert error={error} />}
          <FormField>
            <FormLabel htmlFor="new-survey-template">{t("template")}</FormLabel>
            <Select id="new-survey-template" value={template} onChange={(e) => setTemplate(e.target.value)}>
              {templates.map((option) => (
                <SelectOption key={option.name} value={option.name}>
                  {option.title[language] || option.title.nl} ({t("scenarioCount", { count: option.scenarios })})
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField invalid={slugError}>
            <FormLabel htmlFor="new-survey-slug">{t("slug")}</FormLabel>
            <FormFieldDescription id="new-survey-slug-description">{t("slugHelp")}</FormFieldDescription>
            {slugError && (
              <FormFieldErrorMessage id="new-survey-slug-error">{t("slugInvalid")}</FormFieldErrorMessage>
            )}
            <Textbox
              id="new-survey-slug"
              value={slug}
              onChange={(e) => setSlug(e.target.value.trim())}
              invalid={slugError}
              aria-describedby={slugError ? "new-survey-slug-description new-survey-slug-error" : "new-survey-slug-description"}
              autoComplete="off"
              spellCheck={false}
              required
            />
          </FormField>
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
    </section>
  );
}
