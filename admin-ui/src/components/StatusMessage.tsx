import { Alert, Paragraph } from "@utrecht/component-library-react";

/**
 * A quiet confirmation ("Opgeslagen."), read out politely by screen readers. The live region is
 * always there (announcements into a region that appears with its text are often missed); the
 * alert inside gets no role of its own so it is not announced twice.
 */
export function StatusMessage({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert type="ok" role="none">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
