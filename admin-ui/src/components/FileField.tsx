import { useRef } from "react";
import { FormField, FormFieldDescription, FormLabel } from "@utrecht/component-library-react";
import { useText } from "../lib/text";
import { commonTexts } from "../lib/texts";

/**
 * A labelled file input in the app's own words. The browser's button says "Choose File / No file
 * chosen" in the browser's language, which is English inside Dutch screens; here the input itself is
 * visually hidden (still focusable, and what screen readers and keyboards use) and a styled label
 * next to it says "Bestand kiezen" and then the chosen file's name.
 */
export function FileField({
  id,
  label,
  description,
  accept,
  file,
  onChange,
}: {
  id: string;
  label: string;
  description?: string;
  accept?: string;
  file: File | null;
  onChange: (file: File | null) => void;
}) {
  const t = useText(commonTexts);
  const input = useRef<HTMLInputElement>(null);
  const described = [description ? `${id}-help` : "", `${id}-chosen`].filter(Boolean).join(" ");
  return (
    <FormField className="mienskip-file-field">
      <FormLabel htmlFor={id} id={`${id}-label`}>
        {label}
      </FormLabel>
      {description && <FormFieldDescription id={`${id}-help`}>{description}</FormFieldDescription>}
      <div className="mienskip-file-field__control">
        <input
          ref={input}
          id={id}
          className="mienskip-file-field__input"
          type="file"
          accept={accept}
          aria-labelledby={`${id}-label`}
          aria-describedby={described}
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        />
        {/* The visible button, for the mouse; keyboards and screen readers use the input itself (a
            second <label> would give the input two labels). */}
        <span className="mienskip-file-field__button" aria-hidden="true" onClick={() => input.current?.click()}>
          {t("chooseFile")}
        </span>
        <span id={`${id}-chosen`} className="mienskip-file-field__chosen" aria-live="polite">
          {file ? file.name : t("noFileChosen")}
        </span>
      </div>
    </FormField>
  );
}
