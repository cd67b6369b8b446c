import { useState } from "react";
import { Alert, ButtonGroup, Paragraph, PrimaryActionButton, SecondaryActionButton } from "@utrecht/component-library-react";

interface ConfirmedActionProps {
  /** The button that starts it, e.g. "Contactgegevens wissen". */
  label: string;
  /** What will happen and cannot be undone, asked before it does. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  /**
   * What the first button acts on where the label alone is ambiguous (one per table row, e.g. the
   * volunteer's number): read after the label by screen readers, not shown. The accessible name
   * then begins with the visible label, so speech input ("klik Gegevens wissen") finds it (WCAG 2.5.3).
   */
  context?: string;
  /** Checks what the action needs before asking (a field filled in); false: nothing is asked. */
  beforeAsking?: () => boolean;
  onConfirm: () => void | Promise<void>;
}

/**
 * An action that cannot be undone (deleting personal data), asked once more in words before it
 * runs. The question is an alert so screen readers read it when it appears.
 */
export function ConfirmedAction({ label, question, confirmLabel, cancelLabel, busy, context, beforeAsking, onConfirm }: ConfirmedActionProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <SecondaryActionButton type="button" disabled={busy} onClick={() => setAsking(beforeAsking?.() ?? true)}>
        {label}
        {context && <span className="mienskip-visually-hidden"> ({context})</span>}
      </SecondaryActionButton>
    );
  }
  return (
    <ConfirmQuestion
      question={question}
      confirmLabel={confirmLabel}
      cancelLabel={cancelLabel}
      busy={busy}
      onConfirm={async () => {
        try {
          await onConfirm();
        } finally {
          setAsking(false);
        }
      }}
      onCancel={() => setAsking(false)}
    />
  );
}

/**
 * The question before an action that cannot be undone, with the buttons to go on or not. It is an
 * alert so screen readers read it when it appears; the screen decides when it shows.
 */
export function ConfirmQuestion({
  question,
  confirmLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
}: Pick<ConfirmedActionProps, "question" | "confirmLabel" | "cancelLabel" | "busy" | "onConfirm"> & { onCancel: () => void }) {
  return (
    <Alert type="warning" role="alert">
      <Paragraph>{question}</Paragraph>
      <ButtonGroup>
        <PrimaryActionButton type="button" disabled={busy} onClick={() => void onConfirm()}>
          {confirmLabel}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </SecondaryActionButton>
      </ButtonGroup>
    </Alert>
  );
}
