import { useEffect, useState, type FormEvent } from "react";
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
import type { Api, SurveyTemplate } from "../../lib/api";
import { formatCount } from "../../lib/format";
import { text, type Language } from "../../lib/texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { slugPattern } from "./status";

/** Administrators start a survey from one of the templates the server knows. */
export function NewSurveyForm({ api, language, onCreated }: { api: Api; language: Language; onCreated: (slug: string) => void }) {
  const [templates, setTemplates] = useState<SurveyTemplate[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [template, setTemplate] = useState("");
  const [slug, setSlug] = useState("");
  const [requiresCode, setRequiresCode] = useState(true);
  const [slugError, setSlugError] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.templates().then(
      (list) => {
        setTemplates(list);
        setTemplate((current) => current || list[0]?.name || "");
      },
      setLoadError,
    );
  }, [api]);

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
      const created = await api.createSurvey({ template, slug, requires_code: requiresCode });
      onCreated(created.slug ?? slug);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="new-survey-title">
      <Heading2 id="new-survey-title">{text(language, "newSurvey")}</Heading2>
      {loadError !== null && <ErrorAlert error={loadError} language={language} context="templatesNotLoaded" />}
      {templates?.length === 0 && <Paragraph>{text(language, "noTemplates")}</Paragraph>}
      {templates && templates.length > 0 && (
        <form onSubmit={submit} noValidate>
          {error !== null && <ErrorAlert error={error} language={language} />}
          <FormField>
            <FormLabel htmlFor="new-survey-template">{text(language, "template")}</FormLabel>
            <Select id="new-survey-template" value={template} onChange={(e) => setTemplate(e.target.value)}>
              {templates.map((t) => (
                <SelectOption key={t.name} value={t.name}>
                  {t.title[language] || t.title.nl} ({formatCount(t.scenarios, language)} {text(language, "scenariosLower")})
                </SelectOption>
              ))}
            </Select>
          </FormField>
          <FormField invalid={slugError}>
            <FormLabel htmlFor="new-survey-slug">{text(language, "slug")}</FormLabel>
            <FormFieldDescription id="new-survey-slug-description">{text(language, "slugHelp")}</FormFieldDescription>
            {slugError && (
              <FormFieldErrorMessage id="new-survey-slug-error">{text(language, "slugInvalid")}</FormFieldErrorMessage>
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
            <FieldsetLegend>{text(language, "whoMayAnswer")}</FieldsetLegend>
            <FormField type="radio">
              <RadioButton id="new-survey-code" name="access" checked={requiresCode} onChange={() => setRequiresCode(true)} />
              <FormLabel htmlFor="new-survey-code" type="radio">
                {text(language, "accessCode")}
              </FormLabel>
            </FormField>
            <FormField type="radio">
              <RadioButton id="new-survey-open" name="access" checked={!requiresCode} onChange={() => setRequiresCode(false)} />
              <FormLabel htmlFor="new-survey-open" type="radio">
                {text(language, "accessOpen")}
              </FormLabel>
            </FormField>
          </Fieldset>
          <PrimaryActionButton type="submit" disabled={busy || !template}>
            {text(language, "createSurvey")}
          </PrimaryActionButton>
        </form>
      )}
    </section>
  );
}
