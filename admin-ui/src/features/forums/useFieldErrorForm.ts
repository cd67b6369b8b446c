import { useState } from "react";
import type { FieldError } from "./api/types";
import { fieldErrorsOf, fieldId } from "./fieldErrors";

/**
 * A form the server may refuse field by field (a new forum, the quotas): busy while `submit`
 * runs; a refusal that names fields gives `fieldErrors`, shown at their inputs, and moves the
 * focus to the first input that needs correcting; any other refusal is `error`.
 */
export function useFieldErrorForm(prefix: string) {
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(action: () => Promise<void>) {
    setError(null);
    setFieldErrors([]);
    setBusy(true);
    try {
      await action();
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields.length) {
        setFieldErrors(fields);
        requestAnimationFrame(() => document.getElementById(fieldId(prefix, fields[0].field))?.focus());
      } else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return { fieldErrors, error, busy, submit };
}
