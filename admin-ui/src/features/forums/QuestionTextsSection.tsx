import { useState, type FormEvent } from "react";
import { Alert, Fieldset, FieldsetLegend, Paragraph, PrimaryActionButton, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { Section } from "../../components/Section";
import { StatusMessage } from "../../components/StatusMessage";
import { SelectField, TextareaField, TextField } from "../../components/FormFields";
import { errorsByField, fieldErrorText } from "./fieldErrors";
import { useFieldErrorForm } from "./useFieldErrorForm";
import { useQuestionTexts } from "./api/queries";
import { useSaveQuestionTexts } from "./api/actions";
import type { LetterLanguage, QuestionText } from "./api/types";
import { letterLanguages } from "./letterTexts";
import { unworded, withQuestionWords, withValueWords } from "./questionTexts";

const languageNames = { nl: "letterLanguageNl", fy: "letterLanguageFy", en: "letterLanguageEn" } as const;

/**
 * How the quota questions read on the residents' sign-up page: per language, each question, a help
 * text under it and each answer. Where staff give no words, the page shows the names from the quotas.
 */
export function QuestionTextsSection({ slug }: { slug: string }) {
  const t = useText(forumTexts);
  const query = useQuestionTexts(slug);
  if (query.error !== null) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Loading />;
  return (
    <Section id="question-texts" title={t("questionTextsTitle")} level={3}>
      <QuestionTextsForm slug={slug} saved={query.data.questions} />
    </Section>
  );
}

function QuestionTextsForm({ slug, saved }: { slug: string; saved: QuestionText[] }) {
  const t = useText(forumTexts);
  const language = useLanguage();
  const [edited, setEdited] = useState<QuestionText[] | null>(null);
  const questions = edited ?? saved;
  const [pageLanguage, setPageLanguage] = useState<LetterLanguage>("fy");
  const { fieldErrors: errors, error: saveError, busy, submit: send } = useFieldErrorForm("question-texts");
  const [status, setStatus] = useState("");
  const save = useSaveQuestionTexts(slug);
  const byField = errorsByField(errors);
  const errorOf = (field: string) => byField.get(field)?.map((e) => fieldErrorText(e, language)).join(" ");
  const l = pageLanguage;
  const edit = (next: QuestionText[]) => {
    setEdited(next);
    setStatus("");
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    await send(async () => {
      await save.mutateAsync(questions);
      setEdited(null);
      setStatus(t("questionTextsSaved"));
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Paragraph>{t("questionTextsIntro")}</Paragraph>
      <SelectField id="question-language" label={t("questionLanguage")} value={l} onChange={(v) => setPageLanguage(v as LetterLanguage)}
        options={letterLanguages.map((code) => ({ value: code, label: t(languageNames[code]) }))} />
      <Paragraph>{t("questionUnworded", { count: unworded(questions, l) })}</Paragraph>
      {questions.map((q, c) => (
        <Fieldset key={q.category} className="mienskip-quota-category">
          <FieldsetLegend>{q.category}</FieldsetLegend>
          <TextField id={`question-${c}-label`} label={t("questionLabel")} description={t("questionOwnName", { name: q.category })}
            error={errorOf(`questions[${c}].label.${l}`)} value={q.label[l] ?? ""}
            onChange={(v) => edit(withQuestionWords(questions, c, "label", l, v))} />
          <TextareaField id={`question-${c}-help`} rows={2} label={t("questionHelp")} description={t("questionHelpHelp")}
            error={errorOf(`questions[${c}].help.${l}`)} value={q.help[l] ?? ""}
            onChange={(v) => edit(withQuestionWords(questions, c, "help", l, v))} />
          {q.values.map((value, v) => (
            <TextField key={value.value} id={`question-${c}-value-${v}`} label={t("questionValue", { name: value.value })}
              error={errorOf(`questions[${c}].values[${v}].label.${l}`)} value={value.label[l] ?? ""}
              onChange={(text) => edit(withValueWords(questions, c, v, l, text))} />
          ))}
        </Fieldset>
      ))}
      {saveError !== null && <ErrorAlert error={saveError} />}
      {errors.length > 0 && (
        <Alert type="error">
          <Paragraph>{t("questionTextsNotSaved")}</Paragraph>
          <UnorderedList>
            {errors.map((e, i) => (
              <UnorderedListItem key={i}>{fieldErrorText(e, language)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      <div className="mienskip-actions">
        <PrimaryActionButton type="submit" disabled={busy}>
          {t("questionTextsSave")}
        </PrimaryActionButton>
        <StatusMessage message={status} />
      </div>
    </form>
  );
}
