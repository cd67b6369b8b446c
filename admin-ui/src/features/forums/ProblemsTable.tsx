import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { RegisterProblem } from "./forumTypes";
import { formatCount } from "../../lib/format";
import { text, type Language } from "../../lib/texts";

/** The rows of a refused file (register or volunteers) with the server's message for each. */
export function ProblemsTable({ problems, count, language }: { problems: RegisterProblem[]; count: number; language: Language }) {
  if (problems.length === 0) return null;
  return (
    <div className="mienskip-table-scroll">
      <Table>
        <TableCaption>
          {problems.length < count
            ? text(language, "firstProblems").replace("{count}", formatCount(problems.length, language))
            : text(language, "problems")}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" className="mienskip-number">{text(language, "row")}</TableHeaderCell>
            <TableHeaderCell scope="col">{text(language, "column")}</TableHeaderCell>
            <TableHeaderCell scope="col">{text(language, "problem")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {problems.map((p, n) => (
            <TableRow key={n}>
              <TableCell className="mienskip-number">{p.row}</TableCell>
              <TableCell>{p.column || text(language, "wholeRow")}</TableCell>
              <TableCell lang="en">{p.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
