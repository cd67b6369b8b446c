import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import type { SurveyDetail, SurveySummary } from "./api/types";
import { surveyHref, type Route, type SurveyTab } from "../../lib/routes";
import { useLanguage } from "../../lib/appContext";
import { useSurvey, useSurveySummary } from "./api/queries";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { useText } from "../../lib/text";
import { surveyTexts, type SurveyTextKey } from "./texts";
import { TabMenu } from "../../components/TabMenu";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { OverviewTab } from "./OverviewTab";
import { TextsTab } from "./TextsTab";
import { CodesTab } from "./CodesTab";
import { MarginsTab } from "./MarginsTab";
import { ExportsTab } from "./ExportsTab";
import { ResultsTab } from "./results/ResultsTab";
import { MotivationsTab } from "./motivations/MotivationsTab";
import { localText } from "./surveyLabels";
import { mayManageSurvey } from "./surveyRights";

const tabNames: Record<SurveyTab, SurveyTextKey> = {
  overview: "tabOverview",
  texts: "tabTexts",
  codes: "codes",
  margins: "tabMargins",
  results: "tabResults",
  motivations: "tabMotivations",
  exports: "tabExports",
};

/** Screens that change a survey, for those who manage it; readers see results and exports only. */
const manageOnly: SurveyTab[] = ["texts", "codes"];

export type SurveyRoute = Extract<Route, { page: "survey" }>;

/** What a screen of one survey gets: the survey (null while loading or when it could not be loaded). */
export interface TabProps {
  slug: string;
  /** The full survey with its definition (null: still loading, or the server could not give it). */
  survey: SurveyDetail | null;
  /** The survey as the list has it: enough for status and counts when the full survey is not available. */
  summary: SurveySummary | null;
  /** The account manages this survey (its `may`; false while that is not known). */
  manage: boolean;
}

export function SurveyPage({
  route,
  navigate,
}: {
  route: SurveyRoute;
  navigate: (route: Route) => void;
}) {
  const language = useLanguage();
  const t = useText(surveyTexts);
  const { slug, tab } = route;
  const surveyQuery = useSurvey(slug);
  const failed = surveyQuery.isError;
  // Status and counts from the list still help while the full survey cannot be had.
  const summaryQuery = useSurveySummary(slug, failed);
  const survey = surveyQuery.data ?? null;
  const summary = failed ? (summaryQuery.data ?? null) : null;
  const error = surveyQuery.error;
  const loaded = surveyQuery.isSuccess || (failed && !summaryQuery.isPending);
  // The survey's own `may` decides; the list's, when the survey itself cannot be had.
  const manage = mayManageSurvey(survey ?? summary);

  const title = localText(survey?.definition.title, language) ?? summary?.title ?? slug;
  const tabs = (Object.keys(tabNames) as SurveyTab[]).filter((t) => manage || !manageOnly.includes(t));

  useDocumentTitle(t(tabNames[tab]), title, t("appName"));

  const props: TabProps = { slug, survey, summary, manage };

  return (
    <>
      <Paragraph>
        <Link href="#/surveys">← {t("backToSurveys")}</Link>
      </Paragraph>
      <Heading1>{title}</Heading1>
      <TabMenu
        label={t("surveyMenu")}
        tabs={tabs}
        current={tab}
        href={(tab) => surveyHref(slug, tab)}
        name={(tab) => t(tabNames[tab])}
      />
      {!loaded && <Loading />}
      {loaded && error !== null && (
        <ErrorAlert error={error} context={t("surveyNotLoaded")}>
          <Paragraph>{t("surveyPartial")}</Paragraph>
        </ErrorAlert>
      )}
      {loaded && !manage && manageOnly.includes(tab) && <Paragraph>{t("managersOnly")}</Paragraph>}
      {loaded && (manage || !manageOnly.includes(tab)) && (
        <>
          {tab === "overview" && <OverviewTab {...props} />}
          {tab === "texts" && <TextsTab {...props} />}
          {tab === "codes" && <CodesTab {...props} />}
          {tab === "margins" && <MarginsTab {...props} />}
          {tab === "results" && (
            <ResultsTab {...props} query={route.query} onOptions={(query) => navigate({ ...route, query })} />
          )}
          {tab === "motivations" && <MotivationsTab {...props} />}
          {tab === "exports" && <ExportsTab {...props} />}
        </>
      )}
    </>
  );
}
