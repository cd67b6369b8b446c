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
import type { SurveySummary } from "../../lib/api";
import { formatCount } from "../../lib/format";
import { surveyHref } from "../../lib/routes";
import { useApi, useLanguage, useSession } from "../../lib/appContext";
import { useText } from "../../lib/text";
import { surveyTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { NewSurveyForm } from "./NewSurveyForm";
import { statusText } from "./status";

export function SurveysPage({
  onCreated,
}: {
  onCreated: (slug: string) => void;
}) {
  const api = useApi();
  const session = useSession();
  const language = useLanguage();
  const t = useText(surveyTexts);
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
      <Heading1>{t("surveys")}</Heading1>
      {!admin && <Paragraph>{t("readOnly")}</Paragraph>}
      {error !== null && <ErrorAlert error={error} />}
      {surveys === null && error === null && <Loading />}
      {surveys?.length === 0 && <Paragraph>{t("noSurveys")}</Paragraph>}
      {surveys && surveys.length > 0 && (
        <div className="mienskip-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("survey")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("status")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="mienskip-number">{t("responses")}</TableHeaderCell>
                <TableHeaderCell scope="col" className="mienskip-number">{t("codes")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("residentPage")}</TableHeaderCell>
                {admin && (
                  <TableHeaderCell scope="col">
                    <span className="mienskip-visually-hidden">{t("openOrClose")}</span>
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
                        {t(survey.status === "open" ? "close" : survey.status === "closed" ? "reopen" : "openSurvey")}
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
      {admin && <NewSurveyForm onCreated={onCreated} />}
    </>
  );
}
