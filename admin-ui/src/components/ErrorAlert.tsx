import { Alert, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { errorMessage } from "../lib/errors";
import type { Language } from "../lib/texts";

/** A refusal or failure, announced to screen readers (role=alert) and explained in the app's language. */
export function ErrorAlert({ error, language, children }: { error: unknown; language: Language; children?: ReactNode }) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>{errorMessage(error, language)}</Paragraph>
      {children}
    </Alert>
  );
}
