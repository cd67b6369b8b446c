// The results JSON (core/weighting/weighting_report.cpp, weighing_json) turned into the rows the tables and
// charts show. The tables are the source of truth; the charts draw the same rows.
import type { PairwiseDifference, Results, ShareEstimate } from "../api/types";
import type { Language } from "../../../lib/language";
import { formatNumber } from "../../../lib/format";
import type { SurveyLabels } from "../surveyLabels";

/** The 95% interval of a normal estimate is estimate ± 1.96 standard errors. */
export const z95 = 1.959963984540054;

export interface ScenarioRow {
  id: string;
  label: string;
  mean: number;
  low: number;
  high: number;
  unweightedMean: number;
  shareAny: number;
  shareAnyUnweighted: number;
  median: number;
  /** The ranks the data allow, all scenarios at once; null when the server does not say. */
  rank: { best: number; worst: number } | null;
}

export function scenarioRows(results: Results, labels: SurveyLabels): ScenarioRow[] {
  const ranks = new Map((results.ranking?.ranks ?? []).map((r) => [r.scenario, { best: r.best, worst: r.worst }]));
  return results.estimates.scenarios.map((e) => ({
    id: e.scenario,
    label: labels.scenario(e.scenario),
    mean: e.weighted_mean,
    low: e.ci95[0],
    high: e.ci95[1],
    unweightedMean: e.unweighted_mean,
    shareAny: e.share_any_weighted,
    shareAnyUnweighted: e.share_any_unweighted,
    median: e.weighted_median,
    rank: ranks.get(e.scenario) ?? null,
  }));
}

/** A p-value after "p": "< 0,001", else "= " with three decimals below 0.1 and two above (as the council report). */
export function pValueText(p: number, language: Language): string {
  if (p < 0.001) return language === "nl" ? "< 0,001" : "< 0.001";
  return `= ${formatNumber(p, language, p < 0.1 ? 3 : 2)}`;
}

/** A rank set as the table shows it: "1", or "1–3" when the data allow first to third place. */
export function rankText(rank: { best: number; worst: number } | null): string {
  if (rank === null) return "–";
  return rank.best === rank.worst ? String(rank.best) : `${rank.best}–${rank.worst}`;
}

export interface SpreadRow {
  id: string;
  label: string;
  none: ShareEstimate;
  half: ShareEstimate;
  first: ShareEstimate;
}

/** Who gave a scenario nothing, half or more, or put it first; null when the server does not say. */
export function spreadRows(results: Results, labels: SurveyLabels): SpreadRow[] | null {
  const scenarios = results.estimates.scenarios;
  if (scenarios.length === 0 || scenarios.some((e) => e.shares === undefined)) return null;
  return scenarios.map((e) => ({ id: e.scenario, label: labels.scenario(e.scenario), ...e.shares! }));
}

export interface DistributionTable {
  /** Bin labels in the server's order: "0", "1-10", ..., "91-100". */
  bins: string[];
  rows: { id: string; label: string; shares: number[]; respondents: number[] }[];
  /** One entry per scenario and bin, for the chart. */
  cells: { scenario: string; bin: string; share: number }[];
}

export function distributionTable(results: Results, labels: SurveyLabels): DistributionTable {
  const bins: string[] = [];
  for (const e of results.estimates.scenarios) {
    for (const bin of e.distribution) if (!bins.includes(bin.points)) bins.push(bin.points);
  }
  const rows = results.estimates.scenarios.map((e) => {
    const byBin = new Map(e.distribution.map((bin) => [bin.points, bin]));
    return {
      id: e.scenario,
      label: labels.scenario(e.scenario),
      shares: bins.map((b) => byBin.get(b)?.weighted_share ?? 0),
      respondents: bins.map((b) => byBin.get(b)?.respondents ?? 0),
    };
  });
  const cells = rows.flatMap((row) => bins.map((bin, i) => ({ scenario: row.label, bin, share: row.shares[i] })));
  return { bins, rows, cells };
}

export interface PairwiseRow {
  a: string;
  b: string;
  aLabel: string;
  bLabel: string;
  difference: number;
  low: number;
  high: number;
  /** The interval for all pairs at once; null from a server before the ranking. */
  simultaneousLow: number | null;
  simultaneousHigh: number | null;
  /** The interval that holds for all pairs at once (or, from an older server, this pair's own)
   *  leaves out 0: the data show a difference between the two. */
  clear: boolean;
}

/** Differences between scenarios, or null when the server does not report them (yet). */
export function pairwiseRows(results: Results, labels: SurveyLabels): PairwiseRow[] | null {
  const pairs: PairwiseDifference[] | undefined = results.pairwise ?? results.estimates.pairwise;
  if (!Array.isArray(pairs)) return null;
  return pairs.map((p) => ({
    a: p.a,
    b: p.b,
    aLabel: labels.scenario(p.a),
    bLabel: labels.scenario(p.b),
    difference: p.difference,
    low: p.ci95_low,
    high: p.ci95_high,
    simultaneousLow: p.simultaneous_low ?? null,
    simultaneousHigh: p.simultaneous_high ?? null,
    clear: (p.simultaneous_low ?? p.ci95_low) > 0 || (p.simultaneous_high ?? p.ci95_high) < 0,
  }));
}

export interface DomainTable {
  /** The question the results are broken down by, or null when there is none. */
  variable: string | null;
  variableLabel: string | null;
  /** Domains whose effective sample size is below this are not reported. */
  minN: number;
  /** The scenarios on which the domains shown differ (Wald test, p < 0.05); null: not tested. */
  differ: { id: string; label: string }[] | null;
  /** Domains shown x scenarios when 20 or more: about one in twenty would differ by chance alone. */
  manyComparisons: number | null;
  scenarios: { id: string; label: string }[];
  rows: {
    domain: string;
    label: string;
    n: number;
    suppressed: boolean;
    /** Per scenario in `scenarios` order; null when suppressed. */
    cells: { mean: number; low: number; high: number; differs: -1 | 0 | 1 }[] | null;
  }[];
}

export function domainTable(results: Results, labels: SurveyLabels): DomainTable {
  const variable = results.estimates.domain_variable;
  const scenarios = results.estimates.scenarios.map((e) => ({ id: e.scenario, label: labels.scenario(e.scenario) }));
  const tests = results.estimates.domains_differ ?? [];
  const shown = results.estimates.domains.filter((d) => !d.suppressed && d.weighted_mean).length;
  return {
    variable,
    variableLabel: variable ? labels.question(variable) : null,
    minN: results.estimates.min_domain_ess,
    differ: tests.length === 0 ? null : scenarios.filter((s) => tests.some((t) => t.scenario === s.id && t.df > 0 && t.p_value < 0.05)),
    manyComparisons: shown * scenarios.length >= 20 ? shown * scenarios.length : null,
    scenarios,
    rows: results.estimates.domains.map((d) => ({
      domain: d.domain,
      label: variable ? labels.option(variable, d.domain) : d.domain,
      n: d.n,
      suppressed: d.suppressed || !d.weighted_mean,
      cells:
        d.suppressed || !d.weighted_mean
          ? null
          : scenarios.map(({ id }) => {
              const mean = d.weighted_mean![id];
              // Older servers send no t interval: the normal one from the SE.
              const half = z95 * (d.se?.[id] ?? NaN);
              const [low, high] = d.ci95?.[id] ?? [mean - half, mean + half];
              return { mean, low, high, differs: d.versus_rest?.[id]?.differs ?? 0 };
            }),
    })),
  };
}

export interface RepresentativenessTable {
  variable: string;
  label: string;
  /** Share of respondents that would have to change category to match the population (0..1). */
  dissimilarity: number;
  rows: { category: string; label: string; n: number; sample: number; population: number; weighted: number }[];
}

export function representativenessTables(results: Results, labels: SurveyLabels): RepresentativenessTable[] {
  return results.representativeness.variables.map((v) => ({
    variable: v.variable,
    label: labels.question(v.variable),
    dissimilarity: v.dissimilarity_index,
    rows: v.categories.map((c) => ({
      category: c.category,
      label: labels.option(v.variable, c.category),
      n: c.n,
      sample: c.sample_share,
      population: c.population_share,
      weighted: c.weighted_share,
    })),
  }));
}

/** The plain-language sentences on representativeness in the app's language, or null when the server sends none. */
export function representativenessWords(results: Results, language: Language): string[] | null {
  const words = results.representativeness_words;
  if (!words) return null;
  const sentences = words[language] ?? words.nl;
  return Array.isArray(sentences) && sentences.length ? sentences : null;
}

/** The rows of every table and chart the results show, from one answer, named as residents saw them. */
export function resultsTables(results: Results, labels: SurveyLabels) {
  return {
    scenarios: scenarioRows(results, labels),
    distribution: distributionTable(results, labels),
    spread: spreadRows(results, labels),
    pairs: pairwiseRows(results, labels),
    domains: domainTable(results, labels),
    representativeness: representativenessTables(results, labels),
  };
}
