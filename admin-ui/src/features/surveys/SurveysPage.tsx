import { useCallback, useEffect, useState } from "react";
import {
  Heading1,
  Link,
  Paragraph,
  SecondaryActionButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { Api, Session, SurveySummary } from "../../lib/api";
import { formatCount } from "../../lib/format";
import { surveyHref } from "../../lib/routes";
import { text, type Language } from "../../lib/texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { NewSurveyForm } from "./NewSurveyForm";
import { statusText } from "./status";

export function SurveysPage({
  api,
  session,
  language,
  onCreated,
}: {
  api: Api;
  session: Session;
  language: Language;
  onCreated: (slug: string) => void;
}) {
  const [surveys, setSurveys] = useState<SurveySummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const admin = session.role === "admin";

  const load = useCallback(async () => {
    try {
      setSurveys(await api.surveys());
    } catch (e) {
      setError(e);
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  async function toggle(survey: SurveySummary) {
    setError(null);
    try {
      await api.setSurveyOpen(survey.slug, survey.status !== "open");
      await load();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <Heading1>{text(language, "surveys")}</Heading1>
      {!admin && <Paragraph>{text(language, "readOnly")}</Paragraph>}
      {error !== null && <ErrorAlert error={error} language={language} />}
      {surveys === null && error === null && <Loading language={language} />}
      {surveys?.length === 0 && <Paragraph>{text(language, "noSurveys")}</Paragraph>}
      {surveys && surveys.length > 0 && (
        <div className="mienskip-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{text(language, "survey")}</TableHeaderCell>
                <TableHeaderCell scope="col">{text(language, "status")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="mienskip-number">{text(language, "responses")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="mienskip-number">{text(language, "codes")}</TableHeaderCell>
                <TableHeaderCell scope="col">{text(language, "residentPage")}</TableHeaderCell>
                {admin && (
                  <TableHeaderCell scope="col">
                    <span className="mienskip-visually-hidden">{text(language, "openOrClose")}</span>
                  </TableHeaderCell>
                )}
              </TableRow>
            </TableHeader>
            <TableBody>
              {surveys.map((survey) => (
                <TableRow key={survey.slug}>
                  <TableHeaderCell scope="row">
                    <Link href={surveyHref(survey.slug)}>{survey.title}</Link>
                  </TableHeaderCell>
                  <TableCell>{statusText(survey.status, language)}</TableCell>
                  <TableCell className="mienskip-number">{formatCount(survey.responses, language)}</TableCell>
                  <TableCell className="mienskip-number">{formatCount(survey.codes, language)}</TableCell>
                  <TableCell>
                    <Link href={`/s/${encodeURIComponent(survey.slug)}`}>
                      /s/{survey.slug}
                      <span className="mienskip-visually-hidden"> ({survey.title})</span>
                    </Link>
                  </TableCell>
                  {admin && (
                    <TableCell>
                      <SecondaryActionButton onClick={() => void toggle(survey)}>
                        {text(language, survey.status === "open" ? "close" : survey.status === "closed" ? "reopen" : "openSurvey")}
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
      {admin && <NewSurveyForm api={api} language={language} onCreated={onCreated} />}
    </>
  );
}
