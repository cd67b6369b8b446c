import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Alert, Link, Paragraph } from "@utrecht/component-library-react";
import { ApiError, type Margins, type Results, type WeightingSettings } from "../../lib/api";
import { formatClock, formatMoment, formatNumber } from "../../lib/format";
import { watchResponseCount } from "../../lib/liveRefresh";
import { surveyHref } from "../../lib/routes";
import { text, type Language } from "../../lib/texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { StatusMessage } from "../../components/StatusMessage";
import { surveyLabels, labelWithId, type SurveyLabels } from "../surveys/surveyLabels";
import type { TabProps } from "../surveys/SurveyPage";
import { ResultsOptionsForm } from "./ResultsOptionsForm";
import { ResultsView } from "./ResultsView";
import {
  defaultResultsOptions,
  exploring,
  optionsFromSettings,
  parseResultsParams,
  resultsParams,
  resultsQuery,
  settingsFromOptions,
  type ResultsOptions,
} from "./resultsOptions";

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
  const [settings, setSettings] = useState<WeightingSettings | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  // Bumped when new responses came in: the same results are fetched again.
  const [generation, setGeneration] = useState(0);
  const admin = session.role === "admin";
  const labels = useMemo(() => surveyLabels(survey?.definition, language), [survey, language]);
  const variables = useMemo(() => margins?.variables.map((v) => v.variable) ?? [], [margins]);
  const ownChoices = exploring(query);
  const apiQuery = resultsQuery(query);
  const formOptions = useMemo<ResultsOptions>(
    () => (ownChoices ? parseResultsParams(query) : settings ? optionsFromSettings(settings) : defaultResultsOptions),
    [ownChoices, query, settings],
  );

  useEffect(() => {
    api.margins(slug).then(setMargins, () => setMargins(undefined));
    api.weighting(slug).then(setSettings, () => setSettings(null));
  }, [api, slug]);

  // Other options: show the loading state. New responses: keep showing the old results until the new ones are there.
  const shownQuery = useRef<string | null>(null);
  useEffect(() => {
    let current = true;
    if (shownQuery.current !== apiQuery) {
      shownQuery.current = apiQuery;
      setResults(null);
      setError(null);
    }
    api.results(slug, apiQuery).then(
      (r) => {
        if (!current) return;
        setResults(r);
        setError(null);
        setCheckedAt(new Date());
      },
      (e) => {
        if (!current) return;
        setResults(null);
        setError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [api, slug, apiQuery, generation]);

  // While the screen is open and visible: new responses, new results (and representativeness).
  const shownCount = useRef<number | null>(null);
  shownCount.current = results?.inputs.n_input ?? null;
  useEffect(
    () =>
      watchResponseCount({
        count: async () => (await api.survey(slug)).responses,
        shown: () => shownCount.current,
        onNewCount: () => setGeneration((g) => g + 1),
        onChecked: setCheckedAt,
      }),
    [api, slug],
  );

  const save = useCallback(
    async (chosen: ResultsOptions) => {
      setStatus("");
      setSaveError(null);
      try {
        setSettings(await api.saveWeighting(slug, settingsFromOptions(chosen)));
        setStatus(text(language, "weightingSaved"));
        // Show what is now saved: the results without choices of one's own.
        if (ownChoices) onOptions({});
        else setGeneration((g) => g + 1);
      } catch (e) {
        setSaveError(e);
        throw e;
      }
    },
    [api, slug, language, ownChoices, onOptions],
  );

  const noMargins = (error instanceof ApiError && error.code === "no_margins") || margins === null;
  if (noMargins) {
    return (
      <Alert type="info" role="note">
        <Paragraph>{text(language, admin ? "resultsNeedMargins" : "resultsNeedMarginsAnalyst")}</Paragraph>
        <Paragraph>
          <Link href={surveyHref(slug, "margins")}>{text(language, "goToMargins")}</Link>
        </Paragraph>
      </Alert>
    );
  }

  return (
    <>
      <Paragraph>{text(language, "resultsIntro")}</Paragraph>
      {settings && <SavedWeighting settings={settings} labels={labels} language={language} analyst={!admin} />}
      {variables.length > 0 && (
        <ResultsOptionsForm
          language={language}
          options={formOptions}
          variables={variables}
          questions={survey?.definition.demographics ?? []}
          labels={labels}
          onApply={(chosen) => onOptions(resultsParams(chosen, variables))}
          onSave={admin ? save : undefined}
        />
      )}
      <StatusMessage message={status} />
      {saveError !== null && <ErrorAlert error={saveError} language={language} context="weightingNotSaved" />}
      {ownChoices && (
        <Paragraph>
          {text(language, "exploring")}{" "}
          <Link href={surveyHref(slug, "results")}>{text(language, "backToSaved")}</Link>
        </Paragraph>
      )}
      {checkedAt && (
        <Paragraph className="mienskip-updated">
          {text(language, "updatedAt")} {formatClock(checkedAt, language)}
        </Paragraph>
      )}
      {error !== null && <ErrorAlert error={error} language={language} context="resultsNotLoaded" />}
      {!results && error === null && <Loading language={language} />}
      {results && <ResultsView results={results} labels={labels} language={language} />}
    </>
  );
}

/** The survey's saved weighting in words; who saved it and when. */
function SavedWeighting({
  settings,
  labels,
  language,
  analyst,
}: {
  settings: WeightingSettings;
  labels: SurveyLabels;
  language: Language;
  analyst: boolean;
}) {
  const parts = !settings.updated_at
    ? [text(language, "savedWeightingDefault")]
    : [
        (settings.variables ?? []).map((v) => labelWithId(labels.question(v), v)).join(", "),
        settings.bounds
          ? `${text(language, "boundsBetween")} ${formatNumber(settings.bounds[0], language, 2)} ${text(language, "and")} ${formatNumber(settings.bounds[1], language, 2)}`
          : text(language, "noBounds"),
        settings.by ? `${text(language, "breakDownBy").toLowerCase()} ${labels.question(settings.by)}` : text(language, "noBreakdown"),
      ];
  return (
    <Paragraph>
      <strong>{text(language, "savedWeighting")}:</strong> {parts.join("; ")}
      {settings.updated_at && settings.updated_by && (
        <>
          {" "}
          ({text(language, "savedBy")} {settings.updated_by}, {formatMoment(settings.updated_at, language)})
        </>
      )}
      {analyst && (
        <>
          <br />
          {text(language, "savedWeightingHelp")}
        </>
      )}
    </Paragraph>
  );
}
