import { Alert, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useLanguage } from "../lib/appContext";
import { explainError, type ExplainedError } from "../lib/errors";
import type { Language } from "../lib/language";

/**
 * A refusal or failure, announced to screen readers (role=alert) and explained in the app's
 * language; `context` says what could not be done ("De sjablonen konden niet worden geladen.").
 * The server's own words, where they are added, are marked as English. A feature whose refusals
 * mean something particular on its screens words them first (`wording`; undefined: the app's).
 */
export function ErrorAlert({
  error,
  context,
  wording,
  children,
}: {
  error: unknown;
  context?: string;
  wording?: (error: unknown, language: Language) => ExplainedError | undefined;
  children?: ReactNode;
}) {
  const language = useLanguage();
  const { text, server } = wording?.(error, language) ?? explainError(error, language);
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        {[context, text].filter(Boolean).join(" ")}
        {/* The server speaks English, also inside a Dutch screen. */}
        {server && <>{(context || text) && " "}<span lang="en">{server}</span></>}
      </Paragraph>
      {children}
    </Alert>
  );
}
