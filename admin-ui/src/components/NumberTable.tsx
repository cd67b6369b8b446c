import type { ReactNode } from "react";
import { DataTable } from "./DataTable";

export interface NumberTableRow {
  key: string;
  /** The row's name (first column, a row header). */
  header: ReactNode;
  cells: ReactNode[];
  /** One cell across the value columns after `cells` (for example "too few responses"). */
  spanning?: ReactNode;
}

/**
 * A table of figures: a DataTable whose columns after the row headers are numbers unless named in
 * `textColumns`. It is the source of truth beside every chart.
 */
export function NumberTable({
  caption,
  columns,
  rows,
  textColumns = [],
}: {
  caption: string;
  /** Column headings, the first one over the row headers. */
  columns: ReactNode[];
  rows: NumberTableRow[];
  /** Indexes (in `cells`) of columns holding text rather than numbers. */
  textColumns?: number[];
}) {
  return (
    <DataTable
      caption={caption}
      columns={columns.map((header, i) => ({ header, numeric: i > 0 && !textColumns.includes(i - 1) }))}
      rows={rows.map((row) => ({ key: row.key, cells: [row.header, ...row.cells], spanning: row.spanning }))}
    />
  );
}
