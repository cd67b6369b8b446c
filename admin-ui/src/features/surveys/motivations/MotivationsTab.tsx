import { useMemo, useState, type FormEvent } from "react";
import { Paragraph, PrimaryActionButton, SecondaryActionButton } from "@utrecht/component-library-react";
import type { MotivationQuery, SurveyLanguage } from "../api/types";
import { formatCount, formatMoment } from "../../../lib/format";
import { useLanguage } from "../../../lib/appContext";
import { useMotivations } from "../api/queries";
import { useText } from "../../../lib/text";
import { languageNames, surveyTexts } from "../texts";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { NumberTable } from "../../../components/NumberTable";
import { SelectField, TextField } from "../../../components/FormFields";
import { surveyLabels } from "../surveyLabels";
import type { TabProps } from "../SurveyPage";
import { pageOf, pageSize } from "./paging";
import { Section } from "../../../components/Section";

export function MotivationsTab({ slug, survey }: TabProps) {
  const language = useLanguage();
  const t = useText(surveyTexts);
  const labels = useMemo(() => surveyLabels(survey?.definition, language), [survey, language]);
  const [scenario, setScenario] = useState("");
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState<MotivationQuery>({ limit: pageSize, offset: 0 });
  const motivationsQuery = useMotivations(slug, query);
  const motivations = motivationsQuery.data ?? null;
  const error = motivationsQuery.error;

  function find(event: FormEvent) {
    event.preventDefault();
    setQuery({ scenario: scenario || undefined, q: search || undefined, limit: pageSize, offset: 0 });
  }

  // The counts name every scenario that has motivations; the definition adds those without.
  const scenarioIds = [
    ...(survey?.definition.scenarios.map((s) => s.id) ?? []),
    ...(motivations?.counts.map((c) => c.scenario) ?? []),
  ].filter((id, i, all) => all.indexOf(id) === i);
  const page = motivations ? pageOf(query.offset ?? 0, motivations.items.length, motivations.total) : null;

  return (
    <>
      <Paragraph>{t("motivationsIntro")}</Paragraph>
      {error !== null && <ErrorAlert error={error} context={t("motivationsNotLoaded")} />}
      {motivations && (
        <NumberTable
          caption={t("motivationsPerScenario")}
          columns={[t("scenario"), t("withMotivation")]}
          rows={motivations.counts.map((c) => ({ key: c.scenario, header: labels.scenario(c.scenario), cells: [formatCount(c.with_text, language)] }))}
        />
      )}
      <form onSubmit={find} className="mienskip-inline-form" role="search" aria-label={t("searchMotivations")}>
        <SelectField
          id="motivations-scenario"
          label={t("scenario")}
          value={scenario}
          onChange={setScenario}
          options={[{ value: "", label: t("allScenarios") }, ...scenarioIds.map((id) => ({ value: id, label: labels.scenario(id) }))]}
        />
        <TextField id="motivations-search" label={t("searchText")} type="search" value={search} onChange={setSearch} />
        <PrimaryActionButton type="submit">{t("search")}</PrimaryActionButton>
      </form>
      {!motivations && error === null && <Loading />}
      {motivations && page && (
        <Section id="motivations-list" title={t("motivationsFound")}>
          <Paragraph role="status">
            {motivations.total === 0
              ? t("noMotivations")
              : `${formatCount(page.first, language)}–${formatCount(page.last, language)} ${t("of")} ${formatCount(motivations.total, language)}`}
          </Paragraph>
          <ol className="mienskip-motivations" start={page.first}>
            {motivations.items.map((m) => (
              <li key={`${m.response_id}/${m.scenario}`}>
                <p className="mienskip-motivation-meta">
                  {labels.scenario(m.scenario)} · {t("pointCount", { count: m.points })} ·{" "}
                  {m.language in languageNames ? t(languageNames[m.language as SurveyLanguage]) : m.language} ·{" "}
                  {formatMoment(m.submitted_at, language)}
                </p>
                <blockquote lang={m.language}>{m.text}</blockquote>
              </li>
            ))}
          </ol>
          {(page.hasPrevious || page.hasNext) && (
            <nav aria-label={t("pages")} className="mienskip-actions">
              <SecondaryActionButton
                disabled={!page.hasPrevious}
                onClick={() => setQuery((q) => ({ ...q, offset: Math.max(0, (q.offset ?? 0) - pageSize) }))}
              >
                {t("previousPage")}
              </SecondaryActionButton>
              <SecondaryActionButton disabled={!page.hasNext} onClick={() => setQuery((q) => ({ ...q, offset: (q.offset ?? 0) + pageSize }))}>
                {t("nextPage")}
              </SecondaryActionButton>
            </nav>
          )}
        </Section>
      )}
    </>
  );
}
