import { useState, type FormEvent } from "react";
import { Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import { useText } from "../../lib/text";
import { surveyTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { ConfirmQuestion } from "../../components/ConfirmedAction";
import { TextField } from "../../components/FormFields";
import { Section } from "../../components/Section";
import { useDeleteResponse } from "./api/actions";

/** What staff were given: a response number (`r-...`, from the export) or the code from a letter. */
export function responseOwner(typed: string): { code: string } | { response_id: string } | null {
  const trimmed = typed.trim();
  if (!trimmed) return null;
  return /^r-/i.test(trimmed) ? { response_id: trimmed.toLowerCase() } : { code: trimmed };
}

/**
 * A resident's request to delete their answers (issue 18): the response, a saved form and the code
 * go, so that the code cannot answer again. Audited with the counts only.
 */
export function ResponseDeletionSection({ slug }: { slug: string }) {
  const t = useText(surveyTexts);
  const remove = useDeleteResponse(slug);
  const [typed, setTyped] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState("");

  function ask(event: FormEvent) {
    event.preventDefault();
    setStatus("");
    const owner = responseOwner(typed);
    setInvalid(owner === null);
    if (owner === null) document.getElementById("delete-response-owner")?.focus();
    else setAsking(true);
  }

  function confirm() {
    const owner = responseOwner(typed);
    if (!owner) return;
    remove.mutate(owner, {
      onSuccess: ({ deleted }) => {
        setTyped("");
        const what = [
          t("deletedResponses", { count: deleted.responses }),
          t("deletedDrafts", { count: deleted.drafts }),
          t("deletedCodes", { count: deleted.codes }),
        ];
        setStatus(t("responseDeleted", { what: what.join(", ") }));
      },
      onSettled: () => setAsking(false),
    });
  }

  return (
    <Section id="delete-response" title={t("deleteResponseTitle")}>
      <Paragraph>{t("deleteResponseIntro")}</Paragraph>
      <form onSubmit={ask} noValidate>
        {remove.error && <ErrorAlert error={remove.error} />}
        <TextField
          id="delete-response-owner"
          label={t("deleteResponseOwner")}
          description={t("deleteResponseOwnerHelp")}
          error={invalid && t("deleteResponseOwnerMissing")}
          value={typed}
          onChange={(value) => {
            setTyped(value);
            setAsking(false);
          }}
          autoComplete="off"
          spellCheck={false}
        />
        {!asking && (
          <PrimaryActionButton type="submit" disabled={remove.isPending}>
            {t("deleteResponse")}
          </PrimaryActionButton>
        )}
      </form>
      {asking && (
        <ConfirmQuestion
          question={t("deleteResponseQuestion", { owner: typed.trim() })}
          confirmLabel={t("deleteResponseYes")}
          cancelLabel={t("deleteResponseCancel")}
          busy={remove.isPending}
          onConfirm={confirm}
          onCancel={() => setAsking(false)}
        />
      )}
      <StatusMessage message={status} />
    </Section>
  );
}
