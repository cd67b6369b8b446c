import { useState, type FormEvent } from "react";
import { FormField, FormLabel, Heading3, Paragraph, SecondaryActionButton, Select, SelectOption } from "@utrecht/component-library-react";
import type { Api } from "../../lib/api";
import { surveyLanguages, type SurveyDefinition, type SurveyLanguage } from "../../lib/types";
import { text, type Language, type TextKey } from "../../lib/texts";
import { ErrorAlert } from "../../components/ErrorAlert";

const languageNames: Record<SurveyLanguage, TextKey> = { nl: "languageNl", fy: "languageFy", en: "languageEn" };

/**
 * The resident page as the server renders it with the texts being edited (saved or not). Shown in
 * a sandboxed frame: no scripts, no form submission, no access to the app.
 */
export function PreviewSection({
  api,
  language,
  slug,
  definition,
}: {
  api: Api;
  language: Language;
  slug: string;
  definition: SurveyDefinition;
}) {
  const [previewLanguage, setPreviewLanguage] = useState<SurveyLanguage>("nl");
  const [html, setHtml] = useState<string | null>(null);
  const [shownLanguage, setShownLanguage] = useState<SurveyLanguage>("nl");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function show(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setHtml(await api.preview(slug, definition, previewLanguage));
      setShownLanguage(previewLanguage);
    } catch (e) {
      setError(e);
      setHtml(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="preview-title" className="mienskip-preview-section">
      <Heading3 id="preview-title">{text(language, "preview")}</Heading3>
      <Paragraph>{text(language, "previewHelp")}</Paragraph>
      <form onSubmit={show} className="mienskip-inline-form">
        <FormField>
          <FormLabel htmlFor="preview-language">{text(language, "previewLanguage")}</FormLabel>
          <Select id="preview-language" value={previewLanguage} onChange={(e) => setPreviewLanguage(e.target.value as SurveyLanguage)}>
            {surveyLanguages.map((lang) => (
              <SelectOption key={lang} value={lang}>
                {text(language, languageNames[lang])}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <SecondaryActionButton type="submit" disabled={busy}>
          {text(language, "showPreview")}
        </SecondaryActionButton>
      </form>
      {error !== null && <ErrorAlert error={error} language={language} context="previewFailed" />}
      {html !== null && (
        <iframe
          className="mienskip-preview"
          sandbox=""
          srcDoc={html}
          title={`${text(language, "previewFrameTitle")} (${text(language, languageNames[shownLanguage])})`}
        />
      )}
    </section>
  );
}
