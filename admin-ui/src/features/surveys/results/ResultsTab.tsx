import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Alert, Link, Paragraph } from "@utrecht/component-library-react";
import { ApiError, type Margins, type Results, type WeightingSettings } from "../../../lib/api";
import { formatClock, formatMoment, formatNumber } from "../../../lib/format";
import { watchResponseCount } from "../../../lib/liveRefresh";
import { surveyHref } from "../../../lib/routes";
import { useApi, useLanguage, useSession } from "../../../lib/appContext";
import { useText } from "../../../lib/text";
import { surveyTexts } from "../texts";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { StatusMessage } from "../../../components/StatusMessage";
import { surveyLabels, labelWithId, type SurveyLabels } from "../surveyLabels";
import type { TabProps } from "../SurveyPage";
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
  slug,
  survey,
  query,
  onOptions,
}: TabProps & { query: Record<string, string>; onOptions: (query: Record<string, string>) => void }) {
  const api = useApi();
  const session = useSession();
  const language = useLanguage();
  const t = useText(surveyTexts);
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
        setStatus(t("weightingSaved"));
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
        <Paragraph>{t(admin ? "resultsNeedMargins" : "resultsNeedMarginsAnalyst")}</Paragraph>
        <Paragraph>
          <Link href={surveyHref(slug, "margins")}>{t("goToMargins")}</Link>
        </Paragraph>
      </Alert>
    );
  }

  return (
    <>
      <Paragraph>{t("resultsIntro")}</Paragraph>
      {settings && <SavedWeighting settings={settings} labels={labels} analyst={!admin} />}
      {variables.length > 0 && (
        <ResultsOptionsForm
         
          options={formOptions}
          variables={variables}
          questions={survey?.definition.demographics ?? []}
          labels={labels}
          onApply={(chosen) => onOptions(resultsParams(chosen, variables))}
          onSave={admin ? save : undefined}
        />
      )}
      <StatusMessage message={status} />
      {saveError !== null && <ErrorAlert error={saveError} context={t("weightingNotSaved")} />}
      {ownChoices && (
        <Paragraph>
          {t("exploring")}{" "}
          <Link href={surveyHref(slug, "results")}>{t("backToSaved")}</Link>
        </Paragraph>
      )}
      {checkedAt && (
        <Paragraph className="mienskip-updated">
          {t("updatedAt")} {formatClock(checkedAt, language)}
        </Paragraph>
      )}
      {error !== null && <ErrorAlert error={error} context={t("resultsNotLoaded")} />}
      {!results && error === null && <Loading />}
      {results && <ResultsView results={results} labels={labels} />}
    </>
  );
}

/** The survey's saved weighting in words; who saved it and when. */
function SavedWeighting({
  settings,
  labels,
  analyst,
}: {
  settings: WeightingSettings;
  labels: SurveyLabels;
  analyst: boolean;
}) {
  const language = useLanguage();
  const t = useText(surveyTexts);
  const parts = !settings.updated_at
    ? [t("savedWeightingDefault")]
    : [
        (settings.variables ?? []).map((v) => labelWithId(labels.question(v), v)).join(", "),
        settings.bounds
          ? `${t("boundsBetween")} ${formatNumber(settings.bounds[0], language, 2)} ${t("and")} ${formatNumber(settings.bounds[1], language, 2)}`
          : t("noBounds"),
        settings.by ? `${t("breakDownBy").toLowerCase()} ${labels.question(settings.by)}` : t("noBreakdown"),
      ];
  return (
    <Paragraph>
      <strong>{t("savedWeighting")}:</strong> {parts.join("; ")}
      {settings.updated_at && settings.updated_by && (
        <>
          {" "}
          ({t("savedBy")} {settings.updated_by}, {formatMoment(settings.updated_at, language)})
        </>
      )}
      {analyst && (
        <>
          <br />
          {t("savedWeightingHelp")}
        </>
      )}
    </Paragraph>
  );
}
