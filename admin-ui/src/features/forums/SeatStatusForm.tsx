import { useEffect, useState, type FormEvent } from "react";
import { Alert, Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextField } from "../../components/FormFields";
import type { PanelContact, SeatChangeInput, SeatStatus } from "./api/types";
import type { SeatRefusal } from "./seatCall";
import { seatStatuses, seatStatusText } from "./seatStatus";
import { forumTexts } from "./texts";

/** The longest comment the server takes, in characters. */
const maxComment = 500;

const fieldIds = (id: string) => ({ status: `seat-status-${id}`, comment: `seat-comment-${id}` });

/**
 * "Gesprek vastleggen" for one panel member: the new status and why, in one line. Every member has
 * this form, so each control's name ends with the member's number, read only by screen readers
 * after the visible label (WCAG 2.5.3). A refusal shows at the control it is about, or above the
 * form; the form empties once the change is recorded.
 */
export function SeatStatusForm({
  member,
  refusal,
  busy,
  onRecord,
}: {
  member: Pick<PanelContact, "id" | "seat_status">;
  /** Why the last record of this member was refused; null if it was not. */
  refusal: SeatRefusal | null;
  busy: boolean;
  /** Records the change; resolves to whether it was recorded. */
  onRecord: (change: SeatChangeInput) => Promise<boolean>;
}) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const [status, setStatus] = useState<SeatStatus>(member.seat_status);
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const ids = fieldIds(member.id);
  const hidden = <span className="mienskip-visually-hidden"> ({member.id})</span>;

  // A refused control takes the focus, so what to correct is read first.
  useEffect(() => {
    if (refusal?.field === "status" || refusal?.field === "comment") document.getElementById(fieldIds(member.id)[refusal.field])?.focus();
  }, [refusal, member.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = comment.trim();
    setMissing(!text);
    if (!text) {
      document.getElementById(ids.comment)?.focus();
      return;
    }
    if (await onRecord({ status, comment: text })) setComment("");
  }

  const commentError = missing ? t("seatCommentMissing") : refusal?.field === "comment" ? refusal.text : undefined;
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="mienskip-seat-form">
        <legend>
          {t("seatFormTitle")}
          {hidden}
        </legend>
        {refusal?.field === "volunteer" && (
          <Alert type="error" role="alert">
            <Paragraph>{refusal.text}</Paragraph>
          </Alert>
        )}
        {refusal && refusal.field === null && <ErrorAlert error={refusal.error} />}
        <div className="mienskip-inline-form">
          <SelectField
            id={ids.status}
            label={
              <>
                {t("seatNewStatus")}
                {hidden}
              </>
            }
            error={refusal?.field === "status" ? refusal.text : undefined}
            value={status}
            onChange={(value) => setStatus(value as SeatStatus)}
            options={seatStatuses.map((s) => ({ value: s, label: seatStatusText(s, language) }))}
          />
          <TextField
            id={ids.comment}
            fieldClassName="mienskip-seat-comment-field"
            label={
              <>
                {t("seatComment")}
                {hidden}
              </>
            }
            description={t("seatCommentHelp")}
            error={commentError}
            value={comment}
            onChange={(typed) => {
              setComment(typed);
              setMissing(false);
            }}
            required
            maxLength={maxComment}
            autoComplete="off"
          />
          <PrimaryActionButton type="submit" disabled={busy}>
            {t("seatRecord")}
            {hidden}
          </PrimaryActionButton>
        </div>
      </fieldset>
    </form>
  );
}
