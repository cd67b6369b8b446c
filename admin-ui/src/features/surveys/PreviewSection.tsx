import { useState, type FormEvent } from "react";
import { Paragraph, SecondaryActionButton } from "@utrecht/component-library-react";
import { surveyLanguages, type SurveyDefinition, type SurveyLanguage } from "./api/types";
import { useSurveyApi } from "./api/queries";
import { useText } from "../../lib/text";
import { languageNames, surveyTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField } from "../../components/FormFields";
import { Section } from "../../components/Section";

/**
 * The resident page as the server renders it with the texts being edited (saved or not). Shown in
 * a sandboxed frame: no scripts, no form submission, no access to the app.
 */
export function PreviewSection({
  slug,
  definition,
}: {
  slug: string;
  definition: SurveyDefinition;
}) {
  const api = useSurveyApi();
  const t = useText(surveyTexts);
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
    <Section id="preview" title={t("preview")} className="mienskip-preview-section">
      <Paragraph>{t("previewHelp")}</Paragraph>
      <form onSubmit={show} className="mienskip-inline-form">
        <SelectField
          id="preview-language"
          label={t("previewLanguage")}
          value={previewLanguage}
          onChange={(lang) => setPreviewLanguage(lang as SurveyLanguage)}
          options={surveyLanguages.map((lang) => ({ value: lang, label: t(languageNames[lang]) }))}
        />
        <SecondaryActionButton type="submit" disabled={busy}>
          {t("showPreview")}
        </SecondaryActionButton>
      </form>
      {error !== null && <ErrorAlert error={error} context={t("previewFailed")} />}
      {html !== null && (
        <iframe
          className="mienskip-preview"
          sandbox=""
          srcDoc={html}
          title={`${t("previewFrameTitle")} (${t(languageNames[shownLanguage])})`}
        />
      )}
    </Section>
  );
}
