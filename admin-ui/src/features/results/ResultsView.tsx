import { useCallback, useMemo } from "react";
import { Heading3, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { Results } from "../../lib/api";
import { formatCount, formatInterval, formatNumber, formatPercent, formatSigned } from "../../lib/format";
import { text, type Language } from "../../lib/texts";
import { NumberTable } from "../../components/NumberTable";
import { PlotFigure, type Charts } from "../../components/PlotFigure";
import { labelWithId, type SurveyLabels } from "../surveys/surveyLabels";
import {
  distributionTable,
  domainTable,
  pairwiseRows,
  representativenessTables,
  representativenessWords,
  scenarioRows,
} from "./resultsRows";

export function ResultsView({ results, labels, language }: { results: Results; labels: SurveyLabels; language: Language }) {
  const scenarios = useMemo(() => scenarioRows(results, labels), [results, labels]);
  const distribution = useMemo(() => distributionTable(results, labels), [results, labels]);
  const pairs = useMemo(() => pairwiseRows(results, labels), [results, labels]);
  const domains = useMemo(() => domainTable(results, labels), [results, labels]);
  const representativeness = useMemo(() => representativenessTables(results, labels), [results, labels]);
  const words = representativenessWords(results, language);

  const drawMeans = useCallback(
    (charts: Charts, width: number) => charts.meansChart(scenarios, width, language, text(language, "meanPointsAxis")),
    [scenarios, language],
  );
  const drawShares = useCallback(
    (charts: Charts, width: number) => charts.shareChart(scenarios.map((s) => ({ label: s.label, share: s.shareAny })), width, language, text(language, "shareAnyAxis")),
    [scenarios, language],
  );
  const drawDistribution = useCallback(
    (charts: Charts, width: number) =>
      charts.distributionChart(distribution.cells, distribution.bins, distribution.rows.map((r) => r.label), width, language, text(language, "pointsGiven")),
    [distribution, language],
  );

  const inputs = results.inputs;
  const n = (value: number) => formatNumber(value, language);

  return (
    <>
      <Heading3>{text(language, "resultsBasis")}</Heading3>
      <UnorderedList>
        <UnorderedListItem>
          {text(language, "respondentsUsed")} {formatCount(inputs.n_used, language)} {text(language, "of")}{" "}
          {formatCount(inputs.n_input, language)}
          {inputs.dropped_missing.count > 0 &&
            ` (${formatCount(inputs.dropped_missing.count, language)} ${text(language, "droppedMissing")})`}
        </UnorderedListItem>
        <UnorderedListItem>
          {text(language, "weightedOn")} {inputs.weighting_variables.map((v) => labelWithId(labels.question(v), v)).join("; ")}
        </UnorderedListItem>
        <UnorderedListItem>
          {results.bounds
            ? `${text(language, "methodBounded")} ${formatNumber(results.bounds.lower, language, 2)} ${text(language, "and")} ${formatNumber(results.bounds.upper, language, 2)} ${text(language, "timesMeanWeight")}`
            : text(language, "methodRaking")}
        </UnorderedListItem>
        <UnorderedListItem>
          {text(language, "effectiveSampleSize")} {formatCount(results.kish.ess, language)} ({text(language, "designEffect")}{" "}
          {formatNumber(results.kish.deff, language, 2)})
        </UnorderedListItem>
      </UnorderedList>
      {inputs.warnings.length > 0 && (
        <>
          <Paragraph>{text(language, "warnings")}</Paragraph>
          <UnorderedList>
            {inputs.warnings.map((w, i) => (
              <UnorderedListItem key={i}>{w}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}

      <Heading3>{text(language, "meanPoints")}</Heading3>
      <PlotFigure caption={text(language, "meanPointsCaption")} draw={drawMeans}>
        <NumberTable
          caption={text(language, "meanPointsTable")}
          columns={[text(language, "scenario"), text(language, "weightedMean"), text(language, "interval95"), text(language, "unweightedMean"), text(language, "weightedMedian")]}
          rows={scenarios.map((s) => ({
            key: s.id,
            header: s.label,
            cells: [n(s.mean), formatInterval(s.low, s.high, language), n(s.unweightedMean), n(s.median)],
          }))}
        />
      </PlotFigure>

      <Heading3>{text(language, "shareAny")}</Heading3>
      <PlotFigure caption={text(language, "shareAnyCaption")} draw={drawShares}>
        <NumberTable
          caption={text(language, "shareAnyTable")}
          columns={[text(language, "scenario"), text(language, "weighted"), text(language, "unweighted")]}
          rows={scenarios.map((s) => ({
            key: s.id,
            header: s.label,
            cells: [formatPercent(s.shareAny, language), formatPercent(s.shareAnyUnweighted, language)],
          }))}
        />
      </PlotFigure>

      <Heading3>{text(language, "distribution")}</Heading3>
      <PlotFigure caption={text(language, "distributionCaption")} draw={drawDistribution}>
        <NumberTable
          caption={text(language, "distributionTable")}
          columns={[text(language, "scenarioAndPoints"), ...distribution.bins]}
          rows={distribution.rows.map((r) => ({
            key: r.id,
            header: r.label,
            cells: r.shares.map((share) => formatPercent(share, language)),
          }))}
        />
      </PlotFigure>

      <Heading3>{text(language, "pairwise")}</Heading3>
      {pairs === null ? (
        <Paragraph>{text(language, "pairwiseMissing")}</Paragraph>
      ) : (
        <>
          <Paragraph>{text(language, "pairwiseHelp")}</Paragraph>
          <NumberTable
            caption={text(language, "pairwiseTable")}
            columns={[text(language, "comparison"), text(language, "difference"), text(language, "interval95"), text(language, "conclusion")]}
            textColumns={[2]}
            rows={pairs.map((p) => ({
              key: `${p.a}/${p.b}`,
              header: `${p.aLabel} − ${p.bLabel}`,
              cells: [formatSigned(p.difference, language), formatInterval(p.low, p.high, language), text(language, p.clear ? "clearDifference" : "noClearDifference")],
            }))}
          />
        </>
      )}

      {domains.variable && (
        <>
          <Heading3>
            {text(language, "perDomain")} {domains.variableLabel}
          </Heading3>
          <Paragraph>
            {text(language, "perDomainHelp")} {formatCount(domains.minN, language)} {text(language, "perDomainHelp2")}
          </Paragraph>
          <NumberTable
            caption={text(language, "perDomainTable")}
            columns={[domains.variableLabel, text(language, "respondentsShort"), ...domains.scenarios.map((s) => s.label)]}
            rows={domains.rows.map((d) => ({
              key: d.domain,
              header: d.label,
              cells: [
                formatCount(d.n, language),
                ...(d.cells ?? []).map((c) => (
                  <>
                    {n(c.mean)}
                    <span className="mienskip-interval">{formatInterval(c.low, c.high, language)}</span>
                  </>
                )),
              ],
              spanning: d.suppressed ? `${text(language, "tooFewAnswers")} (n < ${formatCount(domains.minN, language)})` : undefined,
            }))}
          />
        </>
      )}

      <Heading3>{text(language, "representativeness")}</Heading3>
      <Paragraph>{text(language, "representativenessHelp")}</Paragraph>
      {words && (
        <UnorderedList className="mienskip-words">
          {words.map((sentence, i) => (
            <UnorderedListItem key={i}>{sentence}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {representativeness.map((v) => (
        <NumberTable
          key={v.variable}
          caption={`${v.label}: ${text(language, "dissimilarity")} ${formatPercent(v.dissimilarity, language)}`}
          columns={[
            text(language, "category"),
            text(language, "respondentsShort"),
            text(language, "sampleShare"),
            text(language, "populationShare"),
            text(language, "weightedShare"),
          ]}
          rows={v.rows.map((c) => ({
            key: c.category,
            header: c.label,
            cells: [formatCount(c.n, language), formatPercent(c.sample, language), formatPercent(c.population, language), formatPercent(c.weighted, language)],
          }))}
        />
      ))}
    </>
  );
}
