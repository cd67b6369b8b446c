import { useCallback, useMemo, useState } from "react";
import { Link, Paragraph, PrimaryActionButton, SecondaryActionButton } from "@utrecht/component-library-react";
import { formatCount, formatDay, formatPercent } from "../../lib/format";
import { useLanguage } from "../../lib/appContext";
import { useArrivals } from "./api/queries";
import { useSetSurveyOpen } from "./api/actions";
import { useText } from "../../lib/text";
import { surveyTexts } from "./texts";
import { ErrorAlert } from "../../components/ErrorAlert";
import { QueryStatus } from "../../components/QueryStatus";
import { PlotFigure, type Charts } from "../../components/PlotFigure";
import { NumberTable } from "../../components/NumberTable";
import { SelectField } from "../../components/FormFields";
import { FactList } from "../../components/FactList";
import { categoryRows, dayRows } from "./arrivalsRows";
import { statusText } from "./status";
import { questionChoices, surveyLabels } from "./surveyLabels";
import type { TabProps } from "./SurveyPage";
import { Section } from "../../components/Section";

export function OverviewTab({ slug, survey, summary, manage }: TabProps) {
  const language = useLanguage();
  const t = useText(surveyTexts);
  const facts = survey ?? summary;
  const setOpenAction = useSetSurveyOpen();
  const busy = setOpenAction.isPending;
  const error = setOpenAction.error;

  function setOpen(open: boolean) {
    setOpenAction.mutate({ slug, open });
  }

  return (
    <>
      {error !== null && <ErrorAlert error={error} />}
      {facts && (
        <FactList
          appearance="rows"
          facts={[
            { name: t("status"), value: statusText(facts.status, language) },
            { name: t("whoMayAnswer"), value: t(facts.access === "open" ? "accessOpen" : "accessCode") },
            { name: t("responses"), value: formatCount(facts.responses, language) },
            { name: t("codesMade"), value: formatCount(facts.codes, language) },
            { name: t("residentPage"), value: <Link href={`/s/${encodeURIComponent(slug)}`}>/s/{slug}</Link> },
          ]}
        />
      )}
      {survey?.frozen && <Paragraph>{t("frozenNote")}</Paragraph>}
      {manage && facts && (
        <Paragraph>
          {facts.status === "open" ? (
            <SecondaryActionButton disabled={busy} onClick={() => void setOpen(false)}>
              {t("closeSurvey")}
            </SecondaryActionButton>
          ) : (
            <PrimaryActionButton disabled={busy} onClick={() => void setOpen(true)}>
              {t("openSurvey")}
            </PrimaryActionButton>
          )}
        </Paragraph>
      )}
      <ArrivalsSection {...{ slug, survey }} />
    </>
  );
}

function ArrivalsSection({ slug, survey }: Pick<TabProps, "slug" | "survey">) {
  const language = useLanguage();
  const t = useText(surveyTexts);
  const [by, setBy] = useState("");
  const arrivalsQuery = useArrivals(slug, by);
  const arrivals = arrivalsQuery.data ?? null;
  const labels = useMemo(() => surveyLabels(survey?.definition, language), [survey, language]);

  const days = useMemo(() => (arrivals ? dayRows(arrivals) : []), [arrivals]);
  const categories = useMemo(() => (arrivals ? categoryRows(arrivals, labels, language) : []), [arrivals, labels, language]);
  const byLabel = arrivals?.by ? labels.question(arrivals.by) : "";
  const drawDays = useCallback(
    (charts: Charts, width: number) => charts.perDayChart(days, width, language, t("responses")),
    [days, language],
  );
  const drawCategories = useCallback(
    (charts: Charts, width: number) =>
      charts.countChart(categories.map((c) => ({ label: c.label, count: c.responses })), width, language, t("responses")),
    [categories, language],
  );
  const questions = survey?.definition.demographics ?? [];

  return (
    <Section id="arrivals" title={t("arrivals")}>
      <QueryStatus query={arrivalsQuery} context={t("arrivalsNotLoaded")} />
      {arrivals && (
        <>
          <Paragraph>
            {t("arrivalsTotal")} {formatCount(arrivals.total, language)}
          </Paragraph>
          {days.length === 0 ? (
            <Paragraph>{t("noResponsesYet")}</Paragraph>
          ) : (
            <PlotFigure caption={t("perDayCaption")} draw={drawDays}>
              <NumberTable
                caption={t("perDayTable")}
                columns={[t("day"), t("responses")]}
                rows={days.map((d) => ({ key: d.date, header: formatDay(d.date, language), cells: [formatCount(d.responses, language)] }))}
              />
            </PlotFigure>
          )}
        </>
      )}
      {questions.length > 0 && (
        <form onSubmit={(e) => e.preventDefault()} className="mienskip-inline-form">
          <SelectField
            id="arrivals-by"
            label={t("breakDownBy")}
            value={by || arrivals?.by || ""}
            onChange={setBy}
            options={questionChoices(questions, labels)}
          />
        </form>
      )}
      {arrivals && categories.length > 0 && (
        <PlotFigure caption={`${t("perCategoryCaption")} ${byLabel}`} draw={drawCategories}>
          <NumberTable
            caption={`${t("perCategoryTable")} ${byLabel}`}
            columns={[byLabel || t("answer"), t("responses"), t("shareOfResponses")]}
            rows={categories.map((c) => ({
              key: c.category || "-",
              header: c.label,
              cells: [formatCount(c.responses, language), formatPercent(c.share, language)],
            }))}
          />
        </PlotFigure>
      )}
    </Section>
  );
}
