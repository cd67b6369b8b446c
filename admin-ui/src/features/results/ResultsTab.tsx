import { useEffect, useMemo, useState } from "react";
import { Alert, Link, Paragraph } from "@utrecht/component-library-react";
import { ApiError, type Margins, type Results } from "../../lib/api";
import { surveyHref } from "../../lib/routes";
import { text } from "../../lib/texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { surveyLabels } from "../surveys/surveyLabels";
import type { TabProps } from "../surveys/SurveyPage";
import { ResultsOptionsForm } from "./ResultsOptionsForm";
import { ResultsView } from "./ResultsView";
import { parseResultsParams, resultsParams, resultsQuery } from "./resultsOptions";

export function ResultsTab({
  api,
  session,
  language,
  slug,
  survey,
  query,
  onOptions,
}: TabProps & { query: Record<string, string>; onOptions: (query: Record<string, string>) => void }) {
  const [margins, setMargins] = useState<Margins | null | undefined>(undefined);
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<unknown>(null);
  const labels = useMemo(() => surveyLabels(survey?.definition, language), [survey, language]);
  const options = useMemo(() => parseResultsParams(query), [query]);
  const variables = useMemo(() => margins?.variables.map((v) => v.variable) ?? [], [margins]);
  const apiQuery = resultsQuery(options);

  useEffect(() => {
    api.margins(slug).then(setMargins, () => setMargins(undefined));
  }, [api, slug]);

  useEffect(() => {
    let current = true;
    setResults(null);
    setError(null);
    api.results(slug, apiQuery).then(
      (r) => current && setResults(r),
      (e) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [api, slug, apiQuery]);

  const noMargins = (error instanceof ApiError && error.code === "no_margins") || margins === null;
  if (noMargins) {
    return (
      <Alert type="info" role="note">
        <Paragraph>{text(language, session.role === "admin" ? "resultsNeedMargins" : "resultsNeedMarginsAnalyst")}</Paragraph>
        <Paragraph>
          <Link href={surveyHref(slug, "margins")}>{text(language, "goToMargins")}</Link>
        </Paragraph>
      </Alert>
    );
  }

  return (
    <>
      <Paragraph>{text(language, "resultsIntro")}</Paragraph>
      {variables.length > 0 && (
        <ResultsOptionsForm
          language={language}
          options={options}
          variables={variables}
          questions={survey?.definition.demographics ?? []}
          labels={labels}
          onApply={(chosen) => onOptions(resultsParams(chosen))}
        />
      )}
      {error !== null && <ErrorAlert error={error} language={language} context="resultsNotLoaded" />}
      {!results && error === null && <Loading language={language} />}
      {results && <ResultsView results={results} labels={labels} language={language} />}
    </>
  );
}
