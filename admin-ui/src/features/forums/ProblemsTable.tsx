import { DataTable } from "../../components/DataTable";
import type { RegisterProblem } from "./api/types";
import { useText } from "../../lib/text";
import { forumTexts } from "./texts";

/** The rows of a refused file (register or volunteers) with the server's message for each. */
export function ProblemsTable({ problems, count }: { problems: RegisterProblem[]; count: number }) {
  const t = useText(forumTexts);
  if (problems.length === 0) return null;
  return (
    <DataTable
      caption={problems.length < count ? t("firstProblems", { count: problems.length }) : t("problems")}
      rowHeaders={false}
      columns={[{ header: t("row"), numeric: true }, { header: t("column") }, { header: t("problem") }]}
      rows={problems.map((p, n) => ({
        key: String(n),
        cells: [p.row, p.column || t("wholeRow"), <span lang="en">{p.message}</span>],
      }))}
    />
  );
}
