import { useState, type FormEvent } from "react";
import {
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
} from "@utrecht/component-library-react";
import type { DemographicQuestion } from "../api/types";
import { useLanguage } from "../../../lib/appContext";
import { useText } from "../../../lib/text";
import { surveyTexts } from "../texts";
import { questionChoices, type SurveyLabels } from "../surveyLabels";
import { CheckboxField, SelectField, TextField } from "../../../components/FormFields";
import { formFromOptions, readResultsForm, type ResultsForm, type ResultsFormErrors, type ResultsOptions } from "./resultsOptions";

/**
 * The choices behind the results: which population figures to weight on, weight bounds, breakdown.
 * "Show results" looks at them without changing anything; admins can also save them as the
 * survey's weighting, which the results without choices of one's own and the council report use.
 * What the user has typed stays while the screen refreshes or the language changes, until it is
 * shown or saved.
 */
export function ResultsOptionsForm({
  options,
  variables,
  questions,
  labels,
  onApply,
  onSave,
}: {
  /** What the form shows until the user changes it. */
  options: ResultsOptions;
  /** The variables the population figures have. */
  variables: string[];
  /** The survey's questions about residents (for the breakdown). */
  questions: DemographicQuestion[];
  labels: SurveyLabels;
  onApply: (options: ResultsOptions) => void;
  /** Saves the options as the survey's weighting (admins only); resolves once saved. */
  onSave?: (options: ResultsOptions) => Promise<void>;
}) {
  const language = useLanguage();
  const t = useText(surveyTexts);
  // Only the user's edits are state: untouched, the form follows `options` (and the language's
  // way of writing bounds) as they change.
  const [edits, setEdits] = useState<ResultsForm | null>(null);
  const [errors, setErrors] = useState<ResultsFormErrors>({});
  const [saving, setSaving] = useState(false);
  const form = edits ?? formFromOptions(options, variables, language);
  const setForm = (change: (form: ResultsForm) => ResultsForm) => setEdits((current) => change(current ?? form));

  function read(): ResultsOptions | null {
    const read = readResultsForm(form, variables);
    setErrors(read.errors ?? {});
    if (read.errors) {
      const first = read.errors.variables ? `results-variable-${variables[0]}` : read.errors.lower ? "results-lower" : "results-upper";
      document.getElementById(first)?.focus();
      return null;
    }
    return read.options;
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const chosen = read();
    if (!chosen) return;
    setEdits(null);
    onApply(chosen);
  }

  async function save() {
    const chosen = read();
    if (!chosen || !onSave) return;
    setSaving(true);
    try {
      await onSave(chosen);
      setEdits(null);
    } catch {
      // The screen says why; the edits stay so they can be corrected.
    } finally {
      setSaving(false);
    }
  }

  const toggle = (variable: string, on: boolean) =>
    setForm((f) => ({ ...f, variables: on ? [...f.variables, variable] : f.variables.filter((v) => v !== variable) }));

  return (
    <form onSubmit={apply} noValidate aria-labelledby="results-options-title" className="mienskip-options">
      <h3 className="utrecht-heading-3" id="results-options-title">
        {t("resultsOptions")}
      </h3>
      <Fieldset invalid={!!errors.variables} aria-describedby={errors.variables ? "results-variables-error" : undefined}>
        <FieldsetLegend>{t("weightingVariables")}</FieldsetLegend>
        {errors.variables && (
          <FormFieldErrorMessage id="results-variables-error">{t(errors.variables)}</FormFieldErrorMessage>
        )}
        {variables.map((v) => (
          <CheckboxField
            key={v}
            id={`results-variable-${v}`}
            label={
              <>
                {labels.question(v)}
                {labels.question(v) !== v && <span className="mienskip-id"> ({v})</span>}
              </>
            }
            checked={form.variables.includes(v)}
            onChange={(on) => toggle(v, on)}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t("weightBounds")}</FieldsetLegend>
        <Paragraph>{t("weightBoundsHelp")}</Paragraph>
        <div className="mienskip-bounds">
          <BoundField id="results-lower" label={t("lowerBound")} value={form.lower} error={errors.lower}
            onChange={(lower) => setForm((f) => ({ ...f, lower }))} />
          <BoundField id="results-upper" label={t("upperBound")} value={form.upper} error={errors.upper}
            onChange={(upper) => setForm((f) => ({ ...f, upper }))} />
        </div>
      </Fieldset>
      <SelectField
        id="results-by"
        label={t("breakDownBy")}
        value={form.by}
        onChange={(by) => setForm((f) => ({ ...f, by }))}
        options={[{ value: "", label: t("breakDownDefault") }, ...questionChoices(questions, labels)]}
      />
      <div className="mienskip-actions">
        <PrimaryActionButton type="submit">{t("showResults")}</PrimaryActionButton>
        {onSave && (
          <SecondaryActionButton type="button" onClick={() => void save()} disabled={saving} aria-busy={saving || undefined}>
            {t("saveWeighting")}
          </SecondaryActionButton>
        )}
      </div>
    </form>
  );
}

function BoundField({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error?: ResultsFormErrors["lower"];
  onChange: (value: string) => void;
}) {
  const t = useText(surveyTexts);
  return (
    <TextField
      id={id}
      label={label}
      description={t(id === "results-lower" ? "lowerBoundHelp" : "upperBoundHelp")}
      descriptionId={`${id}-help`}
      error={error && t(error)}
      className="mienskip-points"
      inputMode="decimal"
      value={value}
      onChange={onChange}
    />
  );
}
