import type { ComponentProps, ReactNode } from "react";
import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";

/** What every labelled field has: its label, and the help and the error message that describe its control. */
export interface FieldProps {
  /** The control's id; the error message is `${id}-error`. */
  id: string;
  label: ReactNode;
  /** Help under the label, read with the control. */
  description?: ReactNode;
  /** The help's id, `${id}-description` unless a screen names it otherwise. */
  descriptionId?: string;
  /** What is wrong with the value, read with the control; the field is then invalid. */
  error?: ReactNode;
  /** Invalid without a message of its own here (the message stands elsewhere, e.g. in a list above the form). */
  invalid?: boolean;
  /** Ids of more text that describes the control, after the help and the error (a note beside the field). */
  describedBy?: string;
  /** A class for the field as a whole (the control takes `className`). */
  fieldClassName?: string;
}

type ControlAria = { id: string; invalid: boolean; "aria-describedby"?: string };

/**
 * The frame of a labelled control: FormField, label, help and error message, and the control
 * described by the help, the error and `describedBy`, in that order (WCAG 1.3.1, 3.3.1).
 */
function Field({
  id,
  label,
  description,
  descriptionId = `${id}-description`,
  error,
  invalid,
  describedBy,
  fieldClassName,
  control,
}: FieldProps & { control: (aria: ControlAria) => ReactNode }) {
  const isInvalid = !!invalid || !!error;
  const described = [description ? descriptionId : "", error ? `${id}-error` : "", describedBy ?? ""].filter(Boolean).join(" ");
  return (
    <FormField invalid={isInvalid} className={fieldClassName}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      {control({ id, invalid: isInvalid, "aria-describedby": described || undefined })}
    </FormField>
  );
}

type TextboxProps = Omit<ComponentProps<typeof Textbox>, "id" | "value" | "onChange" | "invalid" | "aria-describedby">;

/** A labelled text input; `onChange` gets the text. */
export function TextField({
  value,
  onChange,
  ...props
}: FieldProps & TextboxProps & { value: string; onChange: (value: string) => void }) {
  const { id, label, description, descriptionId, error, invalid, describedBy, fieldClassName, ...input } = props;
  return (
    <Field
      {...{ id, label, description, descriptionId, error, invalid, describedBy, fieldClassName }}
      control={(aria) => <Textbox {...aria} {...input} value={value} onChange={(e) => onChange(e.target.value)} />}
    />
  );
}

type TextareaProps = Omit<ComponentProps<typeof Textarea>, "id" | "value" | "onChange" | "invalid" | "aria-describedby">;

/** A labelled text area of several lines; `onChange` gets the text. */
export function TextareaField({
  value,
  onChange,
  ...props
}: FieldProps & TextareaProps & { value: string; onChange: (value: string) => void }) {
  const { id, label, description, descriptionId, error, invalid, describedBy, fieldClassName, ...input } = props;
  return (
    <Field
      {...{ id, label, description, descriptionId, error, invalid, describedBy, fieldClassName }}
      control={(aria) => <Textarea {...aria} {...input} value={value} onChange={(e) => onChange(e.target.value)} />}
    />
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
}

type SelectProps = Omit<ComponentProps<typeof Select>, "id" | "value" | "onChange" | "invalid" | "aria-describedby" | "children">;

/** A labelled dropdown of `options`; `onChange` gets the chosen value. */
export function SelectField({
  value,
  onChange,
  options,
  ...props
}: FieldProps & SelectProps & { value: string; onChange: (value: string) => void; options: Choice[] }) {
  const { id, label, description, descriptionId, error, invalid, describedBy, fieldClassName, ...select } = props;
  return (
    <Field
      {...{ id, label, description, descriptionId, error, invalid, describedBy, fieldClassName }}
      control={(aria) => (
        <Select {...aria} {...select} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      )}
    />
  );
}

/** A checkbox with its label after it; `onChange` gets whether it is ticked. */
export function CheckboxField({
  id,
  label,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <FormField type="checkbox">
      <Checkbox id={id} checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <FormLabel htmlFor={id} type="checkbox">
        {label}
      </FormLabel>
    </FormField>
  );
}
