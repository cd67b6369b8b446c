import { useState, type ReactNode } from "react";
import { PrimaryActionButton } from "@utrecht/component-library-react";
import { FileField } from "./FileField";

/**
 * A form that sends one CSV file: what went wrong the last time (`children`), the file field,
 * the button, and what shows while the chosen file is sent (`progress`). Without a file the
 * button is disabled and a submit moves the focus to the file field.
 */
export function CsvUploadForm({
  id,
  label,
  description,
  busy,
  submitLabel,
  onUpload,
  progress,
  children,
}: {
  /** The file input's id. */
  id: string;
  label: string;
  description?: string;
  busy: boolean;
  submitLabel: string;
  onUpload: (file: File) => unknown;
  progress?: (file: File | null) => ReactNode;
  children?: ReactNode;
}) {
  const [file, setFile] = useState<File | null>(null);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (file) void onUpload(file);
        else document.getElementById(id)?.focus();
      }}
      noValidate
      aria-busy={busy}
    >
      {children}
      <FileField id={id} label={label} description={description} accept=".csv,text/csv" file={file} onChange={setFile} />
      <PrimaryActionButton type="submit" disabled={busy || !file}>
        {submitLabel}
      </PrimaryActionButton>
      {progress?.(file)}
    </form>
  );
}
