import { DataTable } from "../../components/DataTable";
import type { RegisterProblem } from "./api/types";
import { useLanguage } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { problemText } from "./problemText";
import { forumTexts } from "./texts";

/** The rows of a refused file (register or volunteers), each problem in the screen's language. */
export function ProblemsTable({ problems, count }: { problems: RegisterProblem[]; count: number }) {
  const t = useText(forumTexts);
  const language = useLanguage();
  if (problems.length === 0) return null;
  return (
    <DataTable
      caption={problems.length < count ? t("firstProblems", { count: problems.length }) : t("problems")}
      rowHeaders={false}
      columns={[{ header: t("row"), numeric: true }, { header: t("column") }, { header: t("problem") }]}
      rows={problems.map((p, n) => {
        const { text, translated } = problemText(p, language);
        return {
          key: String(n),
          cells: [p.row, p.column || t("wholeRow"), translated ? text : <span lang="en">{text}</span>],
        };
      })}
    />
  );
}
