import { Alert, Paragraph } from "@utrecht/component-library-react";

/** A quiet confirmation ("Opgeslagen."), read out politely by screen readers. */
export function StatusMessage({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert type="ok">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
