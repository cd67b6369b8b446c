import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import {
  Alert,
  Fieldset,
  FieldsetLegend,
  Heading3,
  Link,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
} from "@utrecht/component-library-react";
import { ApiError } from "../../lib/http";
import { errorMessage } from "../../lib/errors";
import { surveyLanguages, type SurveyDefinition, type TranslationStatus } from "./api/types";
import { useLanguage } from "../../lib/appContext";
import { useSaveDefinition } from "./api/actions";
import { useText } from "../../lib/text";
import { languageNames, surveyTexts } from "./texts";
import { StatusMessage } from "../../components/StatusMessage";
import { useAction } from "../../lib/useAction";
import { CheckboxField, SelectField, TextField } from "../../components/FormFields";
import {
  addConsequence,
  addScenario,
  definitionProblems,
  fieldId,
  removeConsequence,
  removeScenario,
  setAt,
  type Path,
} from "./definitionEdit";
import { LocalTextFields, ProblemFields } from "./LocalTextFields";
import { PreviewSection } from "./PreviewSection";
import { localText } from "./surveyLabels";
import type { TabProps } from "./SurveyPage";

export function TextsTab({ slug, survey }: TabProps) {
  if (!survey) return null;
  return <DefinitionForm slug={slug} saved={survey.definition} frozen={survey.frozen} />;
}

function DefinitionForm({
  slug,
  saved,
  frozen,
}: Pick<TabProps, "slug"> & { saved: SurveyDefinition; frozen: boolean }) {
  const saveDefinition = useSaveDefinition(slug);
  const language = useLanguage();
  const t = useText(surveyTexts);
  const [draft, setDraft] = useState(saved);
  const { busy, error, status, setStatus, run } = useAction();
  const errorBox = useRef<HTMLDivElement>(null);

  useEffect(() => setDraft(saved), [saved]);

  const problems = useMemo(
    () => (error instanceof ApiError && error.status === 422 ? definitionProblems(error.message) : null),
    [error],
  );
  const problemIds = useMemo(() => new Set(problems?.problems.flatMap((p) => p.fieldIds.slice(0, 1)) ?? []), [problems]);

  const edit = (path: Path) => (value: unknown) => {
    setStatus("");
    setDraft((d) => setAt(d, path, value));
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const accepted = await run(async () => {
      await saveDefinition.mutateAsync(draft);
      return t("saved");
    });
    // The refusal is shown next to the save button; take the reader there.
    if (!accepted) requestAnimationFrame(() => errorBox.current?.focus());
  }

  const changed = JSON.stringify(draft) !== JSON.stringify(saved);
  const scenarioCount = draft.scenarios.length;

  return (
    <ProblemFields.Provider value={problemIds}>
      {frozen && (
        <Alert type="info" role="note">
          <Paragraph>{t("frozenNote")}</Paragraph>
        </Alert>
      )}
      <form onSubmit={save} noValidate aria-labelledby="texts-form-title">
        <Heading3 id="texts-form-title">{t("generalTexts")}</Heading3>
        <LocalTextFields legend={t("surveyTitle")} path={["title"]} value={draft.title} onChange={edit(["title"])} />
        <LocalTextFields
          legend={t("introduction")}
          path={["introduction"]}
          value={draft.introduction}
          onChange={edit(["introduction"])}
          rows={6}
         
        />
        <LocalTextFields legend={t("closingText")} path={["closing"]} value={draft.closing} onChange={edit(["closing"])} rows={4} />
        <NumberField
          id={fieldId(["budget"])}
          label={t("budget")}
          description={t(frozen ? "budgetFrozen" : "budgetHelp")}
          value={draft.budget}
          min={1}
          max={10000}
          disabled={frozen}
          onChange={edit(["budget"])}
          invalid={problemIds.has(fieldId(["budget"]))}
        />

        <Heading3>{t("scenarios")}</Heading3>
        {draft.scenarios.map((scenario, s) => (
          <Fieldset key={s} id={fieldId(["scenarios", s])} className="mienskip-scenario" tabIndex={-1}>
            <FieldsetLegend>
              {t("scenario")} {s + 1}: {localText(scenario.title, language) || scenario.id}
            </FieldsetLegend>
            <TextField
              id={fieldId(["scenarios", s, "id"])}
              label={t("scenarioId")}
              description={t("scenarioIdHelp")}
              descriptionId={`${fieldId(["scenarios", s, "id"])}-help`}
              invalid={problemIds.has(fieldId(["scenarios", s, "id"]))}
              value={scenario.id}
              disabled={frozen}
              spellCheck={false}
              onChange={edit(["scenarios", s, "id"])}
            />
            <LocalTextFields
              legend={t("scenarioTitle")}
              path={["scenarios", s, "title"]}
              value={scenario.title}
              onChange={edit(["scenarios", s, "title"])}
             
            />
            <LocalTextFields
              legend={t("scenarioDescription")}
              path={["scenarios", s, "description"]}
              value={scenario.description}
              onChange={edit(["scenarios", s, "description"])}
              rows={4}
             
            />
            {scenario.consequences.map((consequence, c) => (
              <LocalTextFields
                key={c}
                legend={`${t("consequence")} ${c + 1}`}
                path={["scenarios", s, "consequences", c]}
                value={consequence}
                onChange={edit(["scenarios", s, "consequences", c])}
                rows={2}
               
                actions={
                  <SecondaryActionButton type="button" onClick={() => setDraft((d) => removeConsequence(d, s, c))}>
                    {t("removeConsequence", { n: c + 1 })}
                    <span className="mienskip-visually-hidden"> ({t("scenario")} {s + 1})</span>
                  </SecondaryActionButton>
                }
              />
            ))}
            <div className="mienskip-actions">
              <SecondaryActionButton
                type="button"
                disabled={scenario.consequences.length >= 8}
                onClick={() => setDraft((d) => addConsequence(d, s))}
              >
                {t("addConsequence")}
                <span className="mienskip-visually-hidden"> ({t("scenario")} {s + 1})</span>
              </SecondaryActionButton>
              <SecondaryActionButton
                type="button"
                disabled={frozen || scenarioCount <= 2}
                onClick={() => setDraft((d) => removeScenario(d, s))}
              >
                {t("removeScenario", { n: s + 1 })}
              </SecondaryActionButton>
            </div>
          </Fieldset>
        ))}
        <Paragraph>
          <SecondaryActionButton type="button" disabled={frozen || scenarioCount >= 12} onClick={() => setDraft(addScenario)}>
            {t("addScenario")}
          </SecondaryActionButton>
        </Paragraph>
        {frozen && <Paragraph>{t("scenariosFrozen")}</Paragraph>}

        <Heading3>{t("motivationQuestion")}</Heading3>
        <CheckboxField
          id={fieldId(["motivation", "asked"])}
          label={t("motivationAsked")}
          checked={draft.motivation.asked}
          onChange={edit(["motivation", "asked"])}
        />
        <NumberField
          id={fieldId(["motivation", "max_length"])}
          label={t("motivationMaxLength")}
          value={draft.motivation.max_length}
          min={1}
          max={5000}
          onChange={edit(["motivation", "max_length"])}
          invalid={problemIds.has(fieldId(["motivation", "max_length"]))}
        />
        <LocalTextFields
          legend={t("motivationPrompt")}
          path={["motivation", "prompt"]}
          value={draft.motivation.prompt}
          onChange={edit(["motivation", "prompt"])}
         
        />

        <Heading3>{t("demographicQuestions")}</Heading3>
        <Paragraph>{t("demographicHelp")}</Paragraph>
        {draft.demographics.map((question, q) => (
          <details key={question.id} className="mienskip-details">
            <summary>{localText(question.label, language) || question.id}</summary>
            <LocalTextFields
              legend={t("questionText")}
              path={["demographics", q, "label"]}
              value={question.label}
              onChange={edit(["demographics", q, "label"])}
             
            />
            {question.options.map((option, o) => (
              <LocalTextFields
                key={option.id}
                legend={`${t("answerOption")} “${option.id}”`}
                path={["demographics", q, "options", o, "label"]}
                value={option.label}
                onChange={edit(["demographics", q, "options", o, "label"])}
               
              />
            ))}
          </details>
        ))}

        <Heading3>{t("translations")}</Heading3>
        {surveyLanguages.map((lang) => (
          <SelectField
            key={lang}
            id={fieldId(["translation_status", lang])}
            label={t(languageNames[lang])}
            value={draft.translation_status[lang]}
            onChange={(status) => edit(["translation_status", lang])(status as TranslationStatus)}
            options={[
              { value: "final", label: t("translationFinal") },
              { value: "awaiting_review", label: t("translationAwaitingReview") },
            ]}
          />
        ))}

        <div ref={errorBox} tabIndex={-1}>
          {error !== null && (
            <Alert type="error" role="alert">
              <Paragraph>{problems ? t("definitionRefused") : errorMessage(error, language)}</Paragraph>
              {problems && (
                <ul className="mienskip-error-summary">
                  {problems.problems.map((p, i) => {
                    const target = p.fieldIds.find((id) => document.getElementById(id));
                    return <li key={i}>{target ? <Link href={`#${target}`} onClick={(e) => jumpTo(e, target)}>{p.text}</Link> : p.text}</li>;
                  })}
                </ul>
              )}
            </Alert>
          )}
        </div>
        <StatusMessage message={status} />
        <div className="mienskip-save-bar">
          <PrimaryActionButton type="submit" disabled={busy}>
            {t("save")}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" disabled={busy || !changed} onClick={() => setDraft(saved)}>
            {t("undoChanges")}
          </SecondaryActionButton>
          {changed && <Paragraph className="mienskip-unsaved">{t("unsavedChanges")}</Paragraph>}
        </div>
      </form>
      <PreviewSection slug={slug} definition={draft} />
    </ProblemFields.Provider>
  );
}

/** Links in the error list move focus to the field; the address stays the app's own. */
function jumpTo(event: { preventDefault(): void }, id: string) {
  event.preventDefault();
  const element = document.getElementById(id);
  const details = element?.closest("details");
  if (details) details.open = true;
  element?.focus();
  element?.scrollIntoView({ block: "center" });
}

function NumberField({
  id,
  label,
  description,
  value,
  min,
  max,
  disabled,
  invalid,
  onChange,
}: {
  id: string;
  label: string;
  description?: string;
  value: number;
  min: number;
  max: number;
  disabled?: boolean;
  invalid?: boolean;
  onChange: (value: number) => void;
}) {
  return (
    <TextField
      id={id}
      label={label}
      description={description}
      descriptionId={`${id}-help`}
      invalid={invalid}
      type="number"
      inputMode="numeric"
      className="mienskip-points"
      min={min}
      max={max}
      value={Number.isFinite(value) ? String(value) : ""}
      disabled={disabled}
      onChange={(typed) => onChange(typed === "" ? NaN : Number(typed))}
    />
  );
}
