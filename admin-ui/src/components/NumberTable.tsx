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

export interface NumberTableRow {
  key: string;
  /** The row's name (first column, a row header). */
  header: ReactNode;
  cells: ReactNode[];
  /** One cell across the value columns after `cells` (for example "too few responses"). */
  spanning?: ReactNode;
}

/**
 * A table of figures: a caption, a row header per row and numbers aligned on the right. It is
 * the source of truth beside every chart.
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
  const scroller = useRef<HTMLDivElement>(null);
  const overflows = useOverflow(scroller);
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
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column, i) => (
              <TableHeaderCell key={i} scope="col" className={i > 0 && !textColumns.includes(i - 1) ? "mienskip-number" : undefined}>
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row">{row.header}</TableHeaderCell>
              {row.cells.map((cell, i) => (
                <TableCell key={i} className={textColumns.includes(i) ? undefined : "mienskip-number"}>
                  {cell}
                </TableCell>
              ))}
              {row.spanning !== undefined && <TableCell colSpan={columns.length - 1 - row.cells.length}>{row.spanning}</TableCell>}
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
