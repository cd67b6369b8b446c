import { describe, expect, it } from "vitest";
import type { Results, ScenarioEstimate, SurveyDefinition } from "../api/types";
import { surveyLabels } from "../surveyLabels";
import {
  distributionTable,
  domainTable,
  pairwiseRows,
  pValueText,
  rankText,
  representativenessTables,
  representativenessWords,
  scenarioRows,
  spreadRows,
  z95,
} from "./resultsRows";

/**
 * One scenario's estimates, with standard errors of 2 (unweighted) and 2.5 (weighted), so that
 * the 95% interval is the weighted mean ± 4.9, and the median at the unweighted mean.
 */
function estimate(
  scenario: string,
  means: { unweighted: number; weighted: number; shareAny: [unweighted: number, weighted: number] },
  distribution: ScenarioEstimate["distribution"],
): ScenarioEstimate {
  return {
    scenario,
    unweighted_mean: means.unweighted,
    unweighted_se: 2,
    weighted_mean: means.weighted,
    se: 2.5,
    ci95: [means.weighted - 4.9, means.weighted + 4.9],
    share_any_unweighted: means.shareAny[0],
    share_any_weighted: means.shareAny[1],
    weighted_median: means.unweighted,
    distribution,
  };
}

// The shape core/weighting/weighting_report.cpp (weighing_json) writes, cut down to two scenarios, two
// domains (one suppressed) and one weighting variable, with numbers that are easy to check.
function results(): Results {
  return {
    inputs: {
      weighting_variables: ["age"],
      scenario_columns: ["zon", "wind"],
      n_input: 120,
      n_used: 118,
      dropped_missing: { count: 2 },
      population_total: 50000,
      points_total_not_100: 0,
      warnings: [],
    },
    method: "raking",
    bounds: null,
    convergence: { passes: 3, max_rel_margin_error: 1e-9 },
    kish: { deff: 1.2, ess: 98.3, ess_proportion: 0.833 },
    weight_summary: { min: 0.5, median: 1, max: 2 },
    estimates: {
      scenarios: [
        estimate("zon", { unweighted: 60, weighted: 62.5, shareAny: [0.9, 0.92] }, [
          { points: "0", respondents: 10, weighted_share: 0.08 },
          { points: "1-10", respondents: 8, weighted_share: 0.07 },
          { points: "91-100", respondents: 100, weighted_share: 0.85 },
        ]),
        estimate("wind", { unweighted: 40, weighted: 37.5, shareAny: [0.7, 0.68] }, [
          { points: "0", respondents: 36, weighted_share: 0.32 },
          { points: "91-100", respondents: 82, weighted_share: 0.68 },
        ]),
      ],
      sum_weighted_means: 100,
      domain_variable: "area",
      min_domain_ess: 50,
      domains: [
        { domain: "snits", n: 80, suppressed: false, ess: 70, weight_share: 0.7, weighted_mean: { zon: 70, wind: 30 }, se: { zon: 1, wind: 2 } },
        { domain: "bolsward", n: 38, suppressed: true, ess: 30, weight_share: 0.3 },
      ],
    },
    representativeness: {
      variables: [
        {
          variable: "age",
          K: 2,
          dissimilarity_index: 0.1,
          max_abs_dev_pp: 10,
          cramers_v: 0.2,
          categories: [
            { category: "16-44", population: 20000, population_share: 0.4, n: 59, sample_share: 0.5, weighted_share: 0.4, diff_pp: 10, representation_ratio: 1.25 },
            { category: "45-plus", population: 30000, population_share: 0.6, n: 59, sample_share: 0.5, weighted_share: 0.6, diff_pp: -10, representation_ratio: 0.83 },
          ],
        },
      ],
    },
  };
}

const text = (nl: string) => ({ nl, fy: nl, en: `${nl} (en)` });
const definition = {
  scenarios: [
    { id: "zon", title: text("Zonneparken"), description: text(""), consequences: [] },
    { id: "wind", title: text("Windmolens"), description: text(""), consequences: [] },
  ],
  demographics: [
    { id: "area", label: text("Woonplaats"), control: "select", options: [{ id: "snits", label: text("Sneek") }] },
    { id: "age", label: text("Leeftijd"), control: "radio", options: [{ id: "16-44", label: text("16 tot 45 jaar") }] },
  ],
} as unknown as SurveyDefinition;
const labels = surveyLabels(definition, "nl");

describe("results as rows for tables and charts", () => {
  it("gives per scenario the weighted mean, its interval and the share giving points, named as residents saw it", () => {
    expect(scenarioRows(results(), labels)).toEqual([
      { id: "zon", label: "Zonneparken", mean: 62.5, low: 57.6, high: 67.4, unweightedMean: 60, shareAny: 0.92, shareAnyUnweighted: 0.9, median: 60, rank: null },
      { id: "wind", label: "Windmolens", mean: 37.5, low: 32.6, high: 42.4, unweightedMean: 40, shareAny: 0.68, shareAnyUnweighted: 0.7, median: 40, rank: null },
    ]);
    expect(scenarioRows(results(), surveyLabels(definition, "en"))[0].label).toBe("Zonneparken (en)");
  });

  it("shows ids where the definition is not known", () => {
    expect(scenarioRows(results(), surveyLabels(null, "nl")).map((r) => r.label)).toEqual(["zon", "wind"]);
  });

  it("lines the distribution up on every band any scenario has, zero where one lacks it", () => {
    const table = distributionTable(results(), labels);
    expect(table.bins).toEqual(["0", "1-10", "91-100"]);
    expect(table.rows[1]).toEqual({ id: "wind", label: "Windmolens", shares: [0.32, 0, 0.68], respondents: [36, 0, 82] });
    expect(table.cells).toHaveLength(6);
    expect(table.cells[3]).toEqual({ scenario: "Windmolens", bin: "0", share: 0.32 });
  });

  it("reports pairwise differences when the server sends them, and says when it does not", () => {
    expect(pairwiseRows(results(), labels)).toBeNull();
    const withPairs = { ...results(), pairwise: [{ a: "zon", b: "wind", difference: 25, se: 4, ci95_low: 17.2, ci95_high: 32.8 }] };
    expect(pairwiseRows(withPairs, labels)).toEqual([
      { a: "zon", b: "wind", aLabel: "Zonneparken", bLabel: "Windmolens", difference: 25, low: 17.2, high: 32.8, simultaneousLow: null, simultaneousHigh: null, clear: true },
    ]);
    const unclear = { ...results(), estimates: { ...results().estimates, pairwise: [{ a: "zon", b: "wind", difference: 1, se: 4, ci95_low: -6.8, ci95_high: 8.8 }] } };
    expect(pairwiseRows(unclear, labels)![0].clear).toBe(false);
  });

  it("judges a difference by the interval for all pairs at once when the server gives it", () => {
    // Clear one pair at a time (1.5 to 8.5), not all at once (-0.5 to 10.5).
    const pair = { a: "zon", b: "wind", difference: 5, se: 1.786, ci95_low: 1.5, ci95_high: 8.5, simultaneous_low: -0.5, simultaneous_high: 10.5 };
    const rows = pairwiseRows({ ...results(), pairwise: [pair] }, labels)!;
    expect(rows[0]).toMatchObject({ low: 1.5, high: 8.5, simultaneousLow: -0.5, simultaneousHigh: 10.5, clear: false });
  });

  it("gives each scenario the ranks the data allow, written as the council report writes them", () => {
    const ranked: Results = {
      ...results(),
      ranking: {
        level: 0.95,
        critical_value: 1.96,
        ranks: [
          { scenario: "wind", best: 2, worst: 2 },
          { scenario: "zon", best: 1, worst: 1 },
        ],
        equal_means: { statistic: 12.3, df: 1, p_value: 0.00045 },
      },
    };
    expect(scenarioRows(ranked, labels).map((r) => rankText(r.rank))).toEqual(["1", "2"]);
    expect(rankText({ best: 1, worst: 3 })).toBe("1–3");
    expect(rankText(null)).toBe("–");
    expect(pValueText(0.00045, "nl")).toBe("< 0,001");
    expect(pValueText(0.031, "nl")).toBe("= 0,031");
    expect(pValueText(0.3149, "en")).toBe("= 0.31");
  });

  it("gives who gave nothing, half or more, or put it first, only when every scenario has them", () => {
    expect(spreadRows(results(), labels)).toBeNull();
    const share = (value: number) => ({ share: value, se: 0.02, ci95: [value - 0.04, value + 0.04] as [number, number] });
    const withShares = results();
    withShares.estimates.scenarios = withShares.estimates.scenarios.map((e, i) => ({
      ...e,
      shares: { none: share(0.1 * (i + 1)), half: share(0.3), first: share(i === 0 ? 0.7 : 0.3) },
    }));
    const rows = spreadRows(withShares, labels)!;
    expect(rows.map((r) => [r.label, r.none.share, r.first.share])).toEqual([
      ["Zonneparken", 0.1, 0.7],
      ["Windmolens", 0.2, 0.3],
    ]);
    withShares.estimates.scenarios[1] = { ...withShares.estimates.scenarios[1], shares: undefined };
    expect(spreadRows(withShares, labels)).toBeNull();
  });

  it("gives domain means with 95% intervals and marks domains with too few respondents", () => {
    const table = domainTable(results(), labels);
    expect(table.variable).toBe("area");
    expect(table.variableLabel).toBe("Woonplaats");
    expect(table.minN).toBe(50);
    expect(table.scenarios).toEqual([{ id: "zon", label: "Zonneparken" }, { id: "wind", label: "Windmolens" }]);
    const [snits, bolsward] = table.rows;
    expect(snits.label).toBe("Sneek");
    expect(snits.cells![0]).toEqual({ mean: 70, low: 70 - z95, high: 70 + z95, differs: 0 });
    expect(snits.cells![1].high).toBeCloseTo(30 + 2 * 1.96, 2);
    expect(bolsward).toEqual({ domain: "bolsward", label: "bolsward", n: 38, suppressed: true, cells: null });
    // An older server: no test, no warning about many comparisons (one domain, two scenarios).
    expect(table.differ).toBeNull();
    expect(table.manyComparisons).toBeNull();
  });

  it("takes the t interval and the comparison with the rest from the server, and names the scenarios the domains differ on", () => {
    const r = results();
    const shown = (domain: string, differs: -1 | 0 | 1) => ({
      domain, n: 80, suppressed: false, ess: 60, weight_share: 0.1,
      weighted_mean: { zon: 70, wind: 30 }, se: { zon: 1, wind: 2 },
      ci95: { zon: [67.9, 72.1] as [number, number], wind: [26, 34] as [number, number] },
      versus_rest: {
        zon: { difference: 5, se: 2, ci95: [1, 9] as [number, number], differs },
        wind: { difference: -5, se: 2, ci95: [-9, -1] as [number, number], differs: 0 as const },
      },
    });
    r.estimates.domains = Array.from({ length: 10 }, (_, i) => shown(`d${i}`, i === 0 ? 1 : 0));
    r.estimates.domains_differ = [
      { scenario: "zon", statistic: 20, df: 9, p_value: 0.02 },
      { scenario: "wind", statistic: 5, df: 9, p_value: 0.8 },
    ];
    const table = domainTable(r, labels);
    expect(table.rows[0].cells![0]).toEqual({ mean: 70, low: 67.9, high: 72.1, differs: 1 });
    expect(table.rows[1].cells![0].differs).toBe(0);
    expect(table.differ).toEqual([{ id: "zon", label: "Zonneparken" }]);
    expect(table.manyComparisons).toBe(20);  // ten domains, two scenarios
    r.estimates.domains = r.estimates.domains.slice(0, 9);
    expect(domainTable(r, labels).manyComparisons).toBeNull();
  });

  it("has no domain table when the results are not broken down", () => {
    const plain = results();
    plain.estimates.domain_variable = null;
    plain.estimates.domains = [];
    expect(domainTable(plain, labels)).toMatchObject({ variable: null, variableLabel: null, rows: [] });
  });

  it("compares respondents, population and the weighted sample per category", () => {
    expect(representativenessTables(results(), labels)).toEqual([
      {
        variable: "age",
        label: "Leeftijd",
        dissimilarity: 0.1,
        rows: [
          { category: "16-44", label: "16 tot 45 jaar", n: 59, sample: 0.5, population: 0.4, weighted: 0.4 },
          { category: "45-plus", label: "45-plus", n: 59, sample: 0.5, population: 0.6, weighted: 0.6 },
        ],
      },
    ]);
  });

  it("takes the plain-language sentences in the app's language when the server sends them", () => {
    expect(representativenessWords(results(), "nl")).toBeNull();
    const words = { ...results(), representativeness_words: { nl: ["Jongeren antwoordden minder vaak."], en: ["Young people answered less often."] } };
    expect(representativenessWords(words, "nl")).toEqual(["Jongeren antwoordden minder vaak."]);
    expect(representativenessWords(words, "en")).toEqual(["Young people answered less often."]);
    expect(representativenessWords({ ...results(), representativeness_words: { nl: ["Alleen Nederlands."] } }, "en")).toEqual(["Alleen Nederlands."]);
    expect(representativenessWords({ ...results(), representativeness_words: { nl: [] } }, "nl")).toBeNull();
  });
});
