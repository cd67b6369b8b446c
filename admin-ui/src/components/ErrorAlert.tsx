import { Alert, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useLanguage } from "../lib/appContext";
import { errorMessage } from "../lib/errors";

/**
 * A refusal or failure, announced to screen readers (role=alert) and explained in the app's
 * language; `context` says what could not be done ("De sjablonen konden niet worden geladen.").
 */
export function ErrorAlert({ error, context, children }: { error: unknown; context?: string; children?: ReactNode }) {
  const language = useLanguage();
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        {context && `${context} `}
        {errorMessage(error, language)}
      </Paragraph>
      {children}
    </Alert>
  );
}
