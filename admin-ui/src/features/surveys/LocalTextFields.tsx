import { createContext, useContext, type ReactNode } from "react";
import { Fieldset, FieldsetLegend, FormField, FormLabel, Textarea, Textbox } from "@utrecht/component-library-react";
import { surveyLanguages, type LocalText } from "./api/types";
import { useText } from "../../lib/text";
import { languageNames, surveyTexts } from "./texts";
import { fieldId, type Path } from "./definitionEdit";

/** Ids of the fields the server's last refusal named, so they can be marked invalid. */
export const ProblemFields = createContext<Set<string>>(new Set());

/** One text in Dutch, Frisian and English side by side, each field marked with its language. */
export function LocalTextFields({
  legend,
  path,
  value,
  onChange,
  rows = 1,
  actions,
}: {
  legend: ReactNode;
  path: Path;
  value: LocalText;
  onChange: (value: LocalText) => void;
  /** Lines of the text fields; 1 gives a one-line field. */
  rows?: number;
  /** Buttons that belong to this text (remove). */
  actions?: ReactNode;
}) {
  const t = useText(surveyTexts);
  const problems = useContext(ProblemFields);
  return (
    <Fieldset id={fieldId(path)} className="mienskip-local-text" tabIndex={-1}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      <div className="mienskip-languages-grid">
        {surveyLanguages.map((lang) => {
          const id = fieldId([...path, lang]);
          const invalid = problems.has(id) || problems.has(fieldId(path));
          const input = {
            id,
            lang,
            value: value[lang] ?? "",
            invalid,
            "aria-invalid": invalid || undefined,
            onChange: (e: { target: { value: string } }) => onChange({ ...value, [lang]: e.target.value }),
          };
          return (
            <FormField key={lang} invalid={invalid}>
              <FormLabel htmlFor={id}>{t(languageNames[lang])}</FormLabel>
              {rows > 1 ? <Textarea {...input} rows={rows} /> : <Textbox {...input} />}
            </FormField>
          );
        })}
      </div>
      {actions}
    </Fieldset>
  );
}
