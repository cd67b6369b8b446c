import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import type { SurveyDetail, SurveySummary } from "./api/types";
import { surveyHref, type Route, type SurveyTab } from "../../lib/routes";
import { useLanguage, useSession } from "../../lib/appContext";
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

const tabNames: Record<SurveyTab, SurveyTextKey> = {
  overview: "tabOverview",
  texts: "tabTexts",
  codes: "codes",
  margins: "tabMargins",
  results: "tabResults",
  motivations: "tabMotivations",
  exports: "tabExports",
};

/** Screens that change a survey; analysts read results and exports only. */
const adminOnly: SurveyTab[] = ["texts", "codes"];

export type SurveyRoute = Extract<Route, { page: "survey" }>;

/** What a screen of one survey gets: the survey (null while loading or when it could not be loaded). */
export interface TabProps {
  slug: string;
  /** The full survey with its definition (null: still loading, or the server could not give it). */
  survey: SurveyDetail | null;
  /** The survey as the list has it: enough for status and counts when the full survey is not available. */
  summary: SurveySummary | null;
}

export function SurveyPage({
  route,
  navigate,
}: {
  route: SurveyRoute;
  navigate: (route: Route) => void;
}) {
  const session = useSession();
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
  const admin = session.role === "admin";

  const title = localText(survey?.definition.title, language) ?? summary?.title ?? slug;
  const tabs = (Object.keys(tabNames) as SurveyTab[]).filter((t) => admin || !adminOnly.includes(t));

  useDocumentTitle(t(tabNames[tab]), title, t("appName"));

  const props: TabProps = { slug, survey, summary };

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
      {loaded && !admin && adminOnly.includes(tab) && <Paragraph>{t("adminsOnly")}</Paragraph>}
      {loaded && (admin || !adminOnly.includes(tab)) && (
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
