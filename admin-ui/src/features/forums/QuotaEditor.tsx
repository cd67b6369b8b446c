import {
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Paragraph,
  SecondaryActionButton,
  SubtleButton,
} from "@utrecht/component-library-react";
import type { FieldError } from "./api/types";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";
import { TextField } from "../../components/FormFields";
import { fieldErrorText, fieldId } from "./fieldErrors";
import { categorySums, emptyCategory, emptyValue, type CategoryRow, type QuotaForm, type ValueRow } from "./quotaForm";

/** A value's seats: at least `min`, at most `max`. */
const bounds = ["min", "max"] as const;

interface Props {
  form: QuotaForm;
  onChange: (form: QuotaForm) => void;
  /** The server's field errors by field path. */
  errors: Map<string, FieldError[]>;
  /** Prefix of the inputs' ids (fieldId). */
  idPrefix: string;
  disabled?: boolean;
  /** Short notes by field path, shown in the field's row and describing it (the lottery's suggestions). */
  hints?: Map<string, string>;
}

/** A text input with its label, the server's error for it and the lottery's suggestion for it, if any. */
function Field({
  path,
  label,
  value,
  onChange,
  props,
  numeric = false,
  description,
}: {
  path: string;
  label: React.ReactNode;
  value: string;
  onChange: (value: string) => void;
  props: Props;
  numeric?: boolean;
  description?: string;
}) {
  const language = useLanguage();
  const id = fieldId(props.idPrefix, path);
  const errors = props.errors.get(path);
  return (
    <TextField
      id={id}
      label={label}
      description={description}
      error={errors?.map((e) => fieldErrorText(e, language)).join(" ")}
      describedBy={props.hints?.get(path) ? `${id}-hint` : undefined}
      fieldClassName={numeric ? "mienskip-seats" : undefined}
      value={value}
      onChange={onChange}
      inputMode={numeric ? "numeric" : undefined}
      autoComplete="off"
      disabled={props.disabled}
    />
  );
}

/**
 * The panel size and the quota categories, each with its values and their minimum and maximum seats;
 * rows can be added and removed. Under each category: whether its seats can fill the panel.
 */
export function QuotaEditor(props: Props) {
  const language = useLanguage();
  const t = useText(forumTexts);
  const { form, onChange, errors, idPrefix, disabled } = props;
  const sums = categorySums(form);
  const panel = form.panelSize.trim();

  const setCategory = (i: number, category: CategoryRow) =>
    onChange({ ...form, categories: form.categories.map((c, n) => (n === i ? category : c)) });
  const setValue = (i: number, j: number, value: ValueRow) =>
    setCategory(i, { ...form.categories[i], values: form.categories[i].values.map((v, n) => (n === j ? value : v)) });

  const groupErrors = (path: string) => {
    const list = errors.get(path);
    return list?.length ? (
      <FormFieldErrorMessage id={`${fieldId(idPrefix, path)}-error`}>
        {list.map((e) => fieldErrorText(e, language)).join(" ")}
      </FormFieldErrorMessage>
    ) : null;
  };

  return (
    <>
      <Field
        path="panel_size"
        label={t("panelSize")}
        description={t("panelSizeHelp")}
        value={form.panelSize}
        onChange={(panelSize) => onChange({ ...form, panelSize })}
        props={props}
        numeric
      />
      {groupErrors("categories")}
      {form.categories.map((category, i) => {
        const label = category.name.trim() || `${t("quotaCategory")} ${i + 1}`;
        const sum = sums[i];
        return (
          <Fieldset key={category.key} className="mienskip-quota-category" id={fieldId(idPrefix, `categories[${i}]`)}>
            <FieldsetLegend>{label}</FieldsetLegend>
            {groupErrors(`categories[${i}]`)}
            <Field
              path={`categories[${i}].name`}
              label={t("categoryName")}
              value={category.name}
              onChange={(name) => setCategory(i, { ...category, name })}
              props={props}
            />
            {groupErrors(`categories[${i}].values`)}
            {category.values.map((value, j) => {
              const at = `categories[${i}].values[${j}]`;
              const context = (
                <span className="mienskip-visually-hidden">
                  {" "}
                  ({label}, {value.value.trim() || `${t("value")} ${j + 1}`})
                </span>
              );
              return (
                <div key={value.key} className="mienskip-quota-row">
                  {groupErrors(at)}
                  <Field
                    path={`${at}.value`}
                    label={
                      <>
                        {t("value")}
                        <span className="mienskip-visually-hidden">
                          {" "}
                          {j + 1} ({label})
                        </span>
                      </>
                    }
                    value={value.value}
                    onChange={(v) => setValue(i, j, { ...value, value: v })}
                    props={props}
                  />
                  {bounds.map((bound) => (
                    <Field
                      key={bound}
                      path={`${at}.${bound}`}
                      label={<>{t(bound === "min" ? "minSeats" : "maxSeats")}{context}</>}
                      value={value[bound]}
                      onChange={(seats) => setValue(i, j, { ...value, [bound]: seats })}
                      props={props}
                      numeric
                    />
                  ))}
                  {!disabled && category.values.length > 1 && (
                    <SubtleButton
                      type="button"
                      onClick={() => setCategory(i, { ...category, values: category.values.filter((_, n) => n !== j) })}
                    >
                      {t("remove")}
                      {context}
                    </SubtleButton>
                  )}
                  {bounds.map((bound) => {
                    const hint = props.hints?.get(`${at}.${bound}`);
                    return hint ? (
                      <Paragraph key={bound} id={`${fieldId(idPrefix, `${at}.${bound}`)}-hint`} className="mienskip-quota-hint">
                        {hint}
                      </Paragraph>
                    ) : null;
                  })}
                </div>
              );
            })}
            {sum && (
              <Paragraph className={sum.conflict ? "mienskip-conflict" : "mienskip-sums"}>
                {sum.conflict === "too_many_minimums"
                  ? t("minimumsTooMany", { seats: t("seatCount", { count: sum.minSum }), panel })
                  : sum.conflict === "too_few_maximums"
                    ? t("maximumsTooFew", { seats: t("seatCount", { count: sum.maxSum }), panel })
                    : t("seatsFit", { min: String(sum.minSum), count: sum.maxSum })}
              </Paragraph>
            )}
            {!disabled && (
              <div className="mienskip-actions">
                <SecondaryActionButton type="button" onClick={() => setCategory(i, { ...category, values: [...category.values, emptyValue()] })}>
                  {t("addValue")}
                  <span className="mienskip-visually-hidden"> ({label})</span>
                </SecondaryActionButton>
                {form.categories.length > 1 && (
                  <SubtleButton type="button" onClick={() => onChange({ ...form, categories: form.categories.filter((_, n) => n !== i) })}>
                    {t("removeCategory")}
                    <span className="mienskip-visually-hidden"> {label}</span>
                  </SubtleButton>
                )}
              </div>
            )}
          </Fieldset>
        );
      })}
      {!disabled && (
        <Paragraph>
          <SecondaryActionButton type="button" onClick={() => onChange({ ...form, categories: [...form.categories, emptyCategory()] })}>
            {t("addCategory")}
          </SecondaryActionButton>
        </Paragraph>
      )}
    </>
  );
}
