import { useState, type FormEvent } from "react";
import { Alert, Button, Fieldset, FieldsetLegend, FormFieldDescription, Paragraph, PrimaryActionButton, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { useDebounced } from "../../lib/useDebounced";
import { forumTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { Section } from "../../components/Section";
import { StatusMessage } from "../../components/StatusMessage";
import { SelectField, TextareaField, TextField } from "../../components/FormFields";
import { errorsByField, fieldErrorText, fieldErrorsOf } from "./fieldErrors";
import { useFieldErrorForm } from "./useFieldErrorForm";
import { useLetterPreview, useLetterTexts } from "./api/queries";
import { useSaveLetterTexts } from "./api/actions";
import type { FieldError, LetterLanguage, LetterTexts, LetterTextsDraft } from "./api/types";
import { allowanceOf, draftOf, inputsAfter, letterLanguages, meetingInputs, meetingsOf, withFact, withText } from "./letterTexts";

const previewDelayMs = 400;

const languageNames = { nl: "letterLanguageNl", fy: "letterLanguageFy", en: "letterLanguageEn" } as const;
const partNames: Record<string, "letterForumName" | "letterBody" | "letterSignature"> = {
  forum_name: "letterForumName",
  body: "letterBody",
  signature: "letterSignature",
};

/** The letters' own words: the facts their placeholders name, the text per language, and one letter as it prints. */
export function LetterTextsSection({ slug }: { slug: string }) {
  const t = useText(forumTexts);
  const query = useLetterTexts(slug);
  if (query.error !== null) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Loading />;
  return (
    <Section id="letter-texts" title={t("letterTextsTitle")} level={4}>
      <LetterTextsForm slug={slug} saved={query.data} />
    </Section>
  );
}

function LetterTextsForm({ slug, saved }: { slug: string; saved: LetterTexts }) {
  const t = useText(forumTexts);
  const language = useLanguage();
  const [edited, setEdited] = useState<LetterTextsDraft | null>(null);
  const draft = edited ?? draftOf(saved);
  const [letterLanguage, setLetterLanguage] = useState<LetterLanguage>("nl");
  const [meetingDates, setMeetingDates] = useState(() => meetingInputs(saved.facts.meetings));
  const { fieldErrors: errors, error: saveError, busy, submit: send } = useFieldErrorForm("letter-texts");
  const [status, setStatus] = useState("");
  const save = useSaveLetterTexts(slug);
  const preview = useLetterPreview(slug, useDebounced(draft, previewDelayMs));
  const byField = errorsByField(errors.length ? errors : fieldErrorsOf(preview.error));
  const errorOf = (field: string) => byField.get(field)?.map((e) => fieldErrorText(e, language)).join(" ");
  const text = draft.texts[letterLanguage];
  const filled = preview.data?.[letterLanguage];

  // A problem in the list above the button: which language and part, so one in a language not on
  // screen is found too.
  const describe = (e: FieldError) => {
    const [, lang, part] = e.field.split(".");
    const problem = fieldErrorText(e, language);
    if (!e.field.startsWith("texts.") || !(lang in languageNames) || !partNames[part]) return problem;
    return t("letterErrorIn", { language: t(languageNames[lang as LetterLanguage]), field: t(partNames[part]), problem });
  };
  const edit = (next: LetterTextsDraft) => {
    setEdited(next);
    setStatus("");
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    await send(async () => {
      await save.mutateAsync(draft);
      setEdited(null);
      setStatus(t("letterTextsSaved"));
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Paragraph>{t("letterTextsIntro")}</Paragraph>
      <Fieldset aria-describedby="letter-facts-description">
        <FieldsetLegend>{t("letterFacts")}</FieldsetLegend>
        <FormFieldDescription id="letter-facts-description">{t("letterFactsHelp", { name: "{telefoon}" })}</FormFieldDescription>
        <TextField id="letter-reply-by" type="date" label={t("letterReplyBy")} description={t("letterPlaceholder", { name: "{antwoorddatum}" })} error={errorOf("facts.reply_by")}
          value={draft.facts.reply_by ?? ""} onChange={(v) => edit(withFact(draft, "reply_by", v || null))} />
        <TextField id="letter-phone" type="tel" autoComplete="off" label={t("letterPhone")} description={t("letterPlaceholder", { name: "{telefoon}" })} error={errorOf("facts.phone")}
          value={draft.facts.phone} onChange={(v) => edit(withFact(draft, "phone", v))} />
        <TextField id="letter-email" type="email" autoComplete="off" label={t("letterEmail")} description={t("letterPlaceholder", { name: "{email}" })} error={errorOf("facts.email")}
          value={draft.facts.email} onChange={(v) => edit(withFact(draft, "email", v))} />
        <Fieldset aria-describedby="letter-meetings-description">
          <FieldsetLegend>{t("letterMeetings")}</FieldsetLegend>
          <FormFieldDescription id="letter-meetings-description">{t("letterMeetingsHelp", { name: "{bijeenkomsten}" })}</FormFieldDescription>
          {meetingDates.map((date, i) => (
            <TextField key={i} id={`letter-meeting-${i}`} type="date" label={t("letterMeeting", { number: i + 1 })}
              error={date ? errorOf(`facts.meetings[${meetingsOf(meetingDates.slice(0, i)).length}]`) : undefined} value={date}
              onChange={(v) => {
                const inputs = inputsAfter(meetingDates, i, v);
                setMeetingDates(inputs);
                edit(withFact(draft, "meetings", meetingsOf(inputs)));
              }} />
          ))}
        </Fieldset>
        <TextField id="letter-allowance" type="number" min={0} step={1} inputMode="numeric" label={t("letterAllowance")} description={t("letterPlaceholder", { name: "{vergoeding}" })}
          error={errorOf("facts.allowance_euros")} value={draft.facts.allowance_euros?.toString() ?? ""}
          onChange={(v) => edit(withFact(draft, "allowance_euros", allowanceOf(v)))} />
      </Fieldset>

      <SelectField id="letter-language" label={t("letterLanguage")} value={letterLanguage} onChange={(v) => setLetterLanguage(v as LetterLanguage)}
        options={letterLanguages.map((l) => ({ value: l, label: t(languageNames[l]) }))} />
      <TextField id="letter-forum-name" label={t("letterForumName")} description={t("letterPlaceholder", { name: "{forum}" })} error={errorOf(`texts.${letterLanguage}.forum_name`)}
        value={text.forum_name} onChange={(v) => edit(withText(draft, letterLanguage, { forum_name: v }))} />
      <TextareaField id="letter-body" rows={18} label={t("letterBody")} error={errorOf(`texts.${letterLanguage}.body`)}
        description={t("letterBodyHelp", { placeholders: saved.placeholders.map((p) => `{${p}}`).join(", ") })}
        value={text.body} onChange={(v) => edit(withText(draft, letterLanguage, { body: v }))} />
      <TextField id="letter-signature" label={t("letterSignature")} error={errorOf(`texts.${letterLanguage}.signature`)}
        value={text.signature} onChange={(v) => edit(withText(draft, letterLanguage, { signature: v }))} />
      <Button type="button" appearance="secondary-action-button" onClick={() => edit(withText(draft, letterLanguage, saved.defaults[letterLanguage]))}>
        {t("letterDefaultText")}
      </Button>

      {filled && (
        <Section id="letter-text-preview" title={t("letterPreview")} level={5} busy={preview.isFetching}>
          <div className="mienskip-letter-page" lang={letterLanguage}>
            <p className="mienskip-letter-title">{filled.forum_name}</p>
            {filled.paragraphs.map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
            <p className="mienskip-letter-fixed">{t("letterFixedPart")}</p>
            <p>{filled.signature}</p>
          </div>
          {filled.left_out.length > 0 && (
            <Alert type="info">
              <Paragraph>{t("letterLeftOut", { count: filled.left_out.length })}</Paragraph>
              <UnorderedList>
                {filled.left_out.map((line, i) => (
                  <UnorderedListItem key={i}>{line}</UnorderedListItem>
                ))}
              </UnorderedList>
            </Alert>
          )}
        </Section>
      )}
      {saveError !== null && <ErrorAlert error={saveError} />}
      {errors.length > 0 && (
        <Alert type="error">
          <Paragraph>{t("letterTextsNotSaved")}</Paragraph>
          <UnorderedList>
            {errors.map((e, i) => (
              <UnorderedListItem key={i}>{describe(e)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      <PrimaryActionButton type="submit" disabled={busy}>
        {t("letterTextsSave")}
      </PrimaryActionButton>
      <StatusMessage message={status} />
    </form>
  );
}
