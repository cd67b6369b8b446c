import { Alert, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { errorMessage } from "../lib/errors";
import { text, type Language, type TextKey } from "../lib/texts";

/**
 * A refusal or failure, announced to screen readers (role=alert) and explained in the app's
 * language; `context` says what could not be done ("De sjablonen konden niet worden geladen.").
 */
export function ErrorAlert({
  error,
  language,
  context,
  children,
}: {
  error: unknown;
  language: Language;
  context?: TextKey;
  children?: ReactNode;
}) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        {context && `${text(language, context)} `}
        {errorMessage(error, language)}
      </Paragraph>
      {children}
    </Alert>
  );
}
