import { useCallback, useMemo } from "react";
import { Heading3, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { Results } from "../api/types";
import { formatCount, formatInterval, formatNumber, formatPercent, formatSigned } from "../../../lib/format";
import { useLanguage } from "../../../lib/appContext";
import { useText } from "../../../lib/text";
import { surveyTexts } from "../texts";
import { NumberTable } from "../../../components/NumberTable";
import { PlotFigure, type Charts } from "../../../components/PlotFigure";
import { labelWithId, type SurveyLabels } from "../surveyLabels";
import { pValueText, rankText, representativenessWords, resultsTables } from "./resultsRows";

export function ResultsView({ results, labels }: { results: Results; labels: SurveyLabels }) {
  const language = useLanguage();
  const t = useText(surveyTexts);
  const { scenarios, distribution, spread, pairs, domains, representativeness } = useMemo(() => resultsTables(results, labels), [results, labels]);
  const words = representativenessWords(results, language);

  const drawMeans = useCallback(
    (charts: Charts, width: number) => charts.meansChart(scenarios, width, language, t("meanPointsAxis")),
    [scenarios, language],
  );
  const drawShares = useCallback(
    (charts: Charts, width: number) => charts.shareChart(scenarios.map((s) => ({ label: s.label, share: s.shareAny })), width, language, t("shareAnyAxis")),
    [scenarios, language],
  );
  const drawDistribution = useCallback(
    (charts: Charts, width: number) =>
      charts.distributionChart(distribution.cells, distribution.bins, distribution.rows.map((r) => r.label), width, language, t("pointsGiven")),
    [distribution, language],
  );

  const inputs = results.inputs;
  const overall = results.representativeness.overall;
  const holdout = results.representativeness.holdout ?? [];
  const n1 = (value: number) => formatNumber(value, language, 1);
  const n = (value: number) => formatNumber(value, language);
  const equalMeansSentence = (test: NonNullable<Results["ranking"]>["equal_means"]) =>
    t(test.p_value < 0.05 ? "equalMeansDiffer" : "equalMeansSame", {
      statistic: formatNumber(test.statistic, language, 1),
      df: test.df,
      p: pValueText(test.p_value, language),
    });

  return (
    <>
      <Heading3>{t("resultsBasis")}</Heading3>
      <UnorderedList>
        <UnorderedListItem>
          {t("respondentsUsed")} {formatCount(inputs.n_used, language)} {t("of")}{" "}
          {formatCount(inputs.n_input, language)}
          {inputs.dropped_missing.count > 0 &&
            ` (${formatCount(inputs.dropped_missing.count, language)} ${t("droppedMissing")})`}
        </UnorderedListItem>
        {inputs.kept_missing && inputs.kept_missing.count > 0 && (
          <UnorderedListItem>
            {t("keptMissing", {
              count: inputs.kept_missing.count,
              questions: Object.entries(inputs.kept_missing.per_variable)
                .map(([v, count]) => `${labelWithId(labels.question(v), v)}: ${formatCount(count, language)}`)
                .join("; "),
            })}
          </UnorderedListItem>
        )}
        <UnorderedListItem>
          {t("weightedOn")} {inputs.weighting_variables.map((v) => labelWithId(labels.question(v), v)).join("; ")}
        </UnorderedListItem>
        <UnorderedListItem>
          {results.bounds
            ? `${t("methodBounded")} ${formatNumber(results.bounds.lower, language, 2)} ${t("and")} ${formatNumber(results.bounds.upper, language, 2)} ${t("timesMeanWeight")}`
            : t("methodRaking")}
        </UnorderedListItem>
        {results.bounds_effect && (
          <UnorderedListItem>
            {t("boundsEffect", {
              share: formatPercent(results.bounds_effect.share_at_lower + results.bounds_effect.share_at_upper, language),
              change: formatNumber(results.bounds_effect.max_change, language, 1),
            })}
          </UnorderedListItem>
        )}
        <UnorderedListItem>
          {t("effectiveSampleSize")} {formatCount(results.kish.ess, language)} ({t("designEffect")}{" "}
          {formatNumber(results.kish.deff, language, 2)})
        </UnorderedListItem>
        {overall?.base === "invited" && overall.base_size !== undefined && overall.response_rate !== undefined && (
          <UnorderedListItem>
            {t("responseRate", { rate: formatPercent(overall.response_rate, language), invited: formatCount(overall.base_size, language) })}
          </UnorderedListItem>
        )}
        {overall && (
          <UnorderedListItem>
            {t(overall.base !== "invited" ? "propensityCv" : overall.R_indicator_applies === false ? "propensityOverOne" : "propensityWithR", {
              cv: formatNumber(overall.CV_rho, language, 2),
              r: formatNumber(overall.R_indicator, language, 2),
              interval: overall.R_indicator_ci95
                ? t("rInterval", {
                    low: formatNumber(overall.R_indicator_ci95[0], language, 2),
                    high: formatNumber(overall.R_indicator_ci95[1], language, 2),
                  })
                : "",
            })}
          </UnorderedListItem>
        )}
      </UnorderedList>
      {inputs.warnings.length > 0 && (
        <>
          <Paragraph>{t("warnings")}</Paragraph>
          <UnorderedList>
            {inputs.warnings.map((w, i) => (
              <UnorderedListItem key={i}>{w}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}

      <Heading3>{t("meanPoints")}</Heading3>
      <PlotFigure caption={t("meanPointsCaption")} draw={drawMeans}>
        <NumberTable
          caption={t("meanPointsTable")}
          columns={[t("scenario"), t("weightedMean"), t("interval95"), t("rankSet"), t("unweightedMean"), t("weightedMedian")]}
          rows={scenarios.map((s) => ({
            key: s.id,
            header: s.label,
            cells: [n(s.mean), formatInterval(s.low, s.high, language), rankText(s.rank), n(s.unweightedMean), n(s.median)],
          }))}
        />
      </PlotFigure>
      {results.ranking && <Paragraph>{t("rankHelp")}</Paragraph>}

      <Heading3>{t("shareAny")}</Heading3>
      <PlotFigure caption={t("shareAnyCaption")} draw={drawShares}>
        <NumberTable
          caption={t("shareAnyTable")}
          columns={[t("scenario"), t("weighted"), t("unweighted")]}
          rows={scenarios.map((s) => ({
            key: s.id,
            header: s.label,
            cells: [formatPercent(s.shareAny, language), formatPercent(s.shareAnyUnweighted, language)],
          }))}
        />
      </PlotFigure>

      <Heading3>{t("distribution")}</Heading3>
      <PlotFigure caption={t("distributionCaption")} draw={drawDistribution}>
        <NumberTable
          caption={t("distributionTable")}
          columns={[t("scenarioAndPoints"), ...distribution.bins]}
          rows={distribution.rows.map((r) => ({
            key: r.id,
            header: r.label,
            cells: r.shares.map((share) => formatPercent(share, language)),
          }))}
        />
      </PlotFigure>

      {spread && (
        <>
          <Heading3>{t("spread")}</Heading3>
          <Paragraph>{t("spreadHelp")}</Paragraph>
          <NumberTable
            caption={t("spreadTable")}
            columns={[t("scenario"), t("gaveNone"), t("gaveHalf"), t("putFirst")]}
            textColumns={[0, 1, 2]}
            rows={spread.map((r) => ({
              key: r.id,
              header: r.label,
              cells: [r.none, r.half, r.first].map(
                (e) => `${formatPercent(e.share, language, 0)} (${formatInterval(100 * e.ci95[0], 100 * e.ci95[1], language, 0)})`,
              ),
            }))}
          />
        </>
      )}

      <Heading3>{t("pairwise")}</Heading3>
      {pairs === null ? (
        <Paragraph>{t("pairwiseMissing")}</Paragraph>
      ) : (
        <>
          {results.ranking && <Paragraph>{equalMeansSentence(results.ranking.equal_means)}</Paragraph>}
          <Paragraph>{t("pairwiseHelp")}</Paragraph>
          <NumberTable
            caption={t("pairwiseTable")}
            columns={[t("comparison"), t("difference"), t("interval95Pair"), t("interval95All"), t("conclusion")]}
            textColumns={[3]}
            rows={pairs.map((p) => ({
              key: `${p.a}/${p.b}`,
              header: `${p.aLabel} − ${p.bLabel}`,
              cells: [
                formatSigned(p.difference, language),
                formatInterval(p.low, p.high, language),
                p.simultaneousLow === null || p.simultaneousHigh === null ? "–" : formatInterval(p.simultaneousLow, p.simultaneousHigh, language),
                t(p.clear ? "clearDifference" : "noClearDifference"),
              ],
            }))}
          />
        </>
      )}

      {domains.variable && (
        <>
          <Heading3>
            {t("perDomain")} {domains.variableLabel}
          </Heading3>
          <Paragraph>{t("perDomainHelp", { count: domains.minN })}</Paragraph>
          {domains.differ && (
            <Paragraph>
              {domains.differ.length > 0
                ? t("domainsDiffer", { scenarios: domains.differ.map((s) => s.label).join(", ") })
                : t("domainsSame")}
              {domains.manyComparisons !== null && ` ${t("manyComparisons", { count: domains.manyComparisons })}`}
            </Paragraph>
          )}
          <NumberTable
            caption={t("perDomainTable")}
            columns={[domains.variableLabel, t("respondentsShort"), ...domains.scenarios.map((s) => s.label)]}
            rows={domains.rows.map((d) => ({
              key: d.domain,
              header: d.label,
              cells: [
                formatCount(d.n, language),
                ...(d.cells ?? []).map((c) => (
                  <>
                    {n(c.mean)}
                    {c.differs !== 0 && (
                      <>
                        {" "}
                        <span aria-hidden="true">{c.differs > 0 ? "▲" : "▼"}</span>
                        <span className="mienskip-visually-hidden">{t(c.differs > 0 ? "aboveRest" : "belowRest")}</span>
                      </>
                    )}
                    <span className="mienskip-interval">{formatInterval(c.low, c.high, language)}</span>
                  </>
                )),
              ],
              spanning: d.suppressed ? `${t("tooFewAnswers")} (${t("effectiveSize")} < ${formatCount(domains.minN, language)})` : undefined,
            }))}
          />
        </>
      )}

      <Heading3>{t("representativeness")}</Heading3>
      <Paragraph>{t("representativenessHelp")}</Paragraph>
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
          caption={`${v.label}: ${t("dissimilarity")} ${formatPercent(v.dissimilarity, language)}`}
          columns={[
            t("category"),
            t("respondentsShort"),
            t("responses"),
            t("populationShare"),
            t("weightedShare"),
          ]}
          rows={v.rows.map((c) => ({
            key: c.category,
            header: c.label,
            cells: [formatCount(c.n, language), formatPercent(c.sample, language), formatPercent(c.population, language), formatPercent(c.weighted, language)],
          }))}
        />
      ))}
      {holdout.length > 0 && (
        <>
          <Heading3>{t("holdout")}</Heading3>
          <Paragraph>{t("holdoutHelp")}</Paragraph>
          <NumberTable
            caption={t("holdoutTable")}
            columns={[t("characteristic"), t("holdoutBefore"), t("holdoutAfter")]}
            rows={holdout.map((c) => ({
              key: c.variable,
              header: labelWithId(labels.question(c.variable), c.variable),
              cells: [n1(c.before_max_abs_dev_pp), n1(c.after_others_max_abs_dev_pp)],
            }))}
          />
        </>
      )}
    </>
  );
}
