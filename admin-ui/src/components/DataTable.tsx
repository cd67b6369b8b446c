import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type ReactNode, type RefObject } from "react";

export interface DataColumn {
  header: ReactNode;
  /** Figures: aligned on the right, header included. */
  numeric?: boolean;
}

export interface DataRow {
  key: string;
  /** One per column; the first is the row's header (a row header for screen readers) unless the table has `rowHeaders={false}`. */
  cells: ReactNode[];
  /** One cell across the columns after `cells` (for example "too few responses"). */
  spanning?: ReactNode;
}

/**
 * A table as the app shows them: a caption (it names the table for screen readers, also when it is
 * only read, `captionHidden`), column headers, a row header per row, figures aligned on the right,
 * and sideways scrolling when it is wider than the screen. A table whose rows no single cell names
 * (a file's first rows, counts per category and value, a refused file's problems) takes
 * `rowHeaders={false}`: then every body cell is a data cell.
 */
export function DataTable({
  caption,
  captionHidden = false,
  rowHeaders = true,
  columns,
  rows,
}: {
  caption: string;
  captionHidden?: boolean;
  rowHeaders?: boolean;
  columns: DataColumn[];
  rows: DataRow[];
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const overflows = useOverflow(scroller);
  const numberClass = (i: number) => (columns[i]?.numeric ? "mienskip-number" : undefined);
  return (
    // A table wider than the screen scrolls; keyboard users can then reach it too (WCAG 2.1.1).
    <div
      className="mienskip-table-scroll"
      ref={scroller}
      tabIndex={overflows ? 0 : undefined}
      role={overflows ? "region" : undefined}
      aria-label={overflows ? caption : undefined}
    >
      <Table>
        <TableCaption className={captionHidden ? "mienskip-visually-hidden" : undefined}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column, i) => (
              <TableHeaderCell key={i} scope="col" className={numberClass(i)}>
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 && rowHeaders ? (
                  <TableHeaderCell key={i} scope="row" className={numberClass(i)}>
                    {cell}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={i} className={numberClass(i)}>
                    {cell}
                  </TableCell>
                ),
              )}
              {row.spanning !== undefined && <TableCell colSpan={columns.length - row.cells.length}>{row.spanning}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** Whether the element is narrower than its content (and so scrolls sideways). */
function useOverflow(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
