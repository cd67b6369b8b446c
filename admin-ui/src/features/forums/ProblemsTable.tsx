import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { RegisterProblem } from "./forumTypes";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";

/** The rows of a refused file (register or volunteers) with the server's message for each. */
export function ProblemsTable({ problems, count }: { problems: RegisterProblem[]; count: number }) {
  const t = useText(forumTexts);
  if (problems.length === 0) return null;
  return (
    <div className="mienskip-table-scroll">
      <Table>
        <TableCaption>
          {problems.length < count
            ? t("firstProblems", { count: problems.length })
            : t("problems")}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col" className="mienskip-number">{t("row")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("column")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("problem")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {problems.map((p, n) => (
            <TableRow key={n}>
              <TableCell className="mienskip-number">{p.row}</TableCell>
              <TableCell>{p.column || t("wholeRow")}</TableCell>
              <TableCell lang="en">{p.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
