import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Alert, Link, Paragraph } from "@utrecht/component-library-react";
import { ApiError } from "../../../lib/http";
import type { WeightingSettings } from "../api/types";
import { formatClock, formatMoment, formatNumber } from "../../../lib/format";
import { watchResponseCount } from "../../../lib/liveRefresh";
import { surveyHref } from "../../../lib/routes";
import { useLanguage } from "../../../lib/appContext";
import { useMargins, useResults, useSurveyApi, useWeighting } from "../api/queries";
import { useSaveWeighting } from "../api/actions";
import { useText } from "../../../lib/text";
import { surveyTexts } from "../texts";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { QueryStatus } from "../../../components/QueryStatus";
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
  manage,
  query,
  onOptions,
}: TabProps & { query: Record<string, string>; onOptions: (query: Record<string, string>) => void }) {
  const api = useSurveyApi();
  const language = useLanguage();
  const t = useText(surveyTexts);
  const margins = useMargins(slug).data;
  const settings = useWeighting(slug).data ?? null;
  const saveSettings = useSaveWeighting(slug).mutateAsync;
  const [saveError, setSaveError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const labels = useMemo(() => surveyLabels(survey?.definition, language), [survey, language]);
  const variables = useMemo(() => margins?.variables.map((v) => v.variable) ?? [], [margins]);
  const ownChoices = exploring(query);
  const apiQuery = resultsQuery(query);
  const formOptions = useMemo<ResultsOptions>(
    () => (ownChoices ? parseResultsParams(query) : settings ? optionsFromSettings(settings) : defaultResultsOptions),
    [ownChoices, query, settings],
  );

  // Other options: a new query, so the loading state. New responses: the same query asked again,
  // so the old results stay on screen until the new ones are there.
  const resultsAnswer = useResults(slug, apiQuery);
  const results = resultsAnswer.isError ? null : (resultsAnswer.data ?? null);
  const error = resultsAnswer.error;
  const refetchResults = useRef(resultsAnswer.refetch);
  refetchResults.current = resultsAnswer.refetch;
  useEffect(() => {
    if (resultsAnswer.dataUpdatedAt) setCheckedAt(new Date(resultsAnswer.dataUpdatedAt));
  }, [resultsAnswer.dataUpdatedAt]);

  // While the screen is open and visible: new responses, new results (and representativeness).
  const shownCount = useRef<number | null>(null);
  shownCount.current = results?.inputs.n_input ?? null;
  useEffect(
    () =>
      watchResponseCount({
        count: async () => (await api.survey(slug)).responses,
        shown: () => shownCount.current,
        onNewCount: () => void refetchResults.current(),
        onChecked: setCheckedAt,
      }),
    [api, slug],
  );

  const save = useCallback(
    async (chosen: ResultsOptions) => {
      setStatus("");
      setSaveError(null);
      try {
        await saveSettings(settingsFromOptions(chosen));
        setStatus(t("weightingSaved"));
        // Show what is now saved: the results without choices of one's own.
        if (ownChoices) onOptions({});
        else await refetchResults.current();
      } catch (e) {
        setSaveError(e);
        throw e;
      }
    },
    [saveSettings, t, ownChoices, onOptions],
  );

  const noMargins = (error instanceof ApiError && error.code === "no_margins") || margins === null;
  if (noMargins) {
    return (
      <Alert type="info" role="note">
        <Paragraph>{t(manage ? "resultsNeedMargins" : "resultsNeedMarginsAnalyst")}</Paragraph>
        <Paragraph>
          <Link href={surveyHref(slug, "margins")}>{t("goToMargins")}</Link>
        </Paragraph>
      </Alert>
    );
  }

  return (
    <>
      <Paragraph>{t("resultsIntro")}</Paragraph>
      {settings && <SavedWeighting settings={settings} labels={labels} analyst={!manage} />}
      {variables.length > 0 && (
        <ResultsOptionsForm
         
          options={formOptions}
          variables={variables}
          questions={survey?.definition.demographics ?? []}
          labels={labels}
          onApply={(chosen) => onOptions(resultsParams(chosen, variables))}
          onSave={manage ? save : undefined}
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
      <QueryStatus query={resultsAnswer} context={t("resultsNotLoaded")} />
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
