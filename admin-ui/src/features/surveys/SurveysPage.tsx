import { useCallback, useEffect, useState } from "react";
import {
  Alert,
  Heading1,
  Paragraph,
  SecondaryActionButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { ApiError, type Api, type Session, type SurveySummary } from "../../lib/api";
import { text, type Language } from "../../lib/texts";

export function SurveysPage({ api, session, language }: { api: Api; session: Session; language: Language }) {
  const [surveys, setSurveys] = useState<SurveySummary[] | null>(null);
  const [error, setError] = useState("");
  const admin = session.role === "admin";

  const load = useCallback(async () => {
    try {
      setSurveys(await api.surveys());
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  async function toggle(survey: SurveySummary) {
    setError("");
    try {
      await api.setSurveyOpen(survey.slug, survey.status !== "open");
      await load();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }

  return (
    <>
      <Heading1>{text(language, "surveys")}</Heading1>
      {!admin && <Paragraph>{text(language, "readOnly")}</Paragraph>}
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {surveys === null && <Paragraph>{text(language, "loading")}</Paragraph>}
      {surveys?.length === 0 && <Paragraph>{text(language, "noSurveys")}</Paragraph>}
      {surveys && surveys.length > 0 && (
        <div className="mienskip-table-scroll">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{text(language, "survey")}</TableHeaderCell>
              <TableHeaderCell scope="col">{text(language, "status")}</TableHeaderCell>
              <TableHeaderCell scope="col">{text(language, "responses")}</TableHeaderCell>
              <TableHeaderCell scope="col">{text(language, "codes")}</TableHeaderCell>
              {admin && <TableHeaderCell scope="col"><span className="mienskip-visually-hidden">{text(language, "status")}</span></TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {surveys.map((survey) => (
              <TableRow key={survey.slug}>
                <TableHeaderCell scope="row">
                  <a className="utrecht-link" href={`/s/${survey.slug}`}>
                    {survey.title}
                  </a>
                </TableHeaderCell>
                <TableCell>{text(language, survey.status === "open" ? "open" : "closed")}</TableCell>
                <TableCell className="mienskip-number">{survey.responses}</TableCell>
                <TableCell className="mienskip-number">{survey.codes}</TableCell>
                {admin && (
                  <TableCell>
                    <SecondaryActionButton onClick={() => void toggle(survey)}>
                      {text(language, survey.status === "open" ? "close" : "reopen")}
                      <span className="mienskip-visually-hidden"> {survey.title}</span>
                    </SecondaryActionButton>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        </div>
      )}
    </>
  );
}
