import { Alert, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { FieldError } from "./api/types";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { fieldErrorText } from "./fieldErrors";

/**
 * A refused form: how many problems, and the ones no input shows (the others are next to their
 * inputs). Announced to screen readers, like ErrorAlert.
 */
export function FieldErrorSummary({ errors, unplaced }: { errors: FieldError[]; unplaced: FieldError[] }) {
  const language = useLanguage();
  const t = useText(forumTexts);
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        {t("notSavedFieldErrors", { count: errors.length })}
      </Paragraph>
      {unplaced.length > 0 && (
        <UnorderedList>
          {unplaced.map((e, n) => (
            <UnorderedListItem key={n}>
              {e.field && <code>{e.field}</code>} {fieldErrorText(e, language)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </Alert>
  );
}
