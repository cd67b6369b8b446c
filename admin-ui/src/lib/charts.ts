// The app's charts, drawn with Observable Plot in one style: the action colour of the theme,
// axis numbers in the app's language, labels wrapped rather than cut off. Every chart is shown
// inside a PlotFigure next to a table with the same numbers.
import * as Plot from "@observablehq/plot";
import { formatCount, formatNumber, formatPercent, locale } from "./format";
import type { Language } from "./language";

const ink = "#00546b";
const interval = "#1a1a1a";
const fontSize = 13;
/** Axis labels wrap at most at this many ems (an em is about two characters). */
const maxLabelWidthEm = 16;
const style = { fontSize: `${fontSize}px`, fontFamily: "inherit" };

/** Room for the labels on the left: wide enough for them (wrapped), but narrow screens keep room for the marks. */
function labelLayout(labels: string[], width: number) {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  const needed = Math.min(longest * 0.6 * fontSize, maxLabelWidthEm * fontSize) + 28;
  const marginLeft = Math.round(Math.min(Math.max(80, needed), width * 0.4));
  // Plot wraps at an estimate of the text's width; keep some room for where it estimates low.
  const lineWidth = Math.max(5, (marginLeft - 28) / fontSize);
  const lines = Math.max(1, ...labels.map((l) => Math.ceil((l.length * 0.6) / lineWidth)));
  return { marginLeft, lineWidth, rowHeight: 20 + 16 * lines };
}

/**
 * A chart with one row per label, the labels on the left (wrapped, with room to read them);
 * `room` is the height the chart needs besides its rows (axes and their titles).
 */
function rowsChart(labels: string[], width: number, room: number, options: Plot.PlotOptions): Element {
  const { marginLeft, lineWidth, rowHeight } = labelLayout(labels, width);
  return Plot.plot({
    width,
    height: room + labels.length * rowHeight,
    marginLeft,
    style,
    ...options,
    y: { label: null, domain: labels },
    marks: [Plot.axisY({ lineWidth, marginLeft }), ...(options.marks ?? [])],
  });
}

/** Rows with a value axis along the bottom: the charts of means, shares and counts. */
function valueRowsChart(labels: string[], width: number, x: Plot.ScaleOptions, marks: Plot.Markish[]): Element {
  return rowsChart(labels, width, 50, { marginBottom: 40, x: { labelAnchor: "center", grid: true, ...x }, marks });
}

/** Horizontal bars from zero: the field `value` of each row, per label. */
function barsChart<K extends string>(rows: ({ label: string } & Record<K, number>)[], value: K, width: number, x: Plot.ScaleOptions): Element {
  const bars = Plot.barX(rows, { y: "label", x: value, fill: ink });
  return valueRowsChart(rows.map((r) => r.label), width, x, [bars, Plot.ruleX([0])]);
}

/** Points per scenario: the weighted mean as a dot with its 95% interval as a line. */
export function meansChart(
  rows: { label: string; mean: number; low: number; high: number }[],
  width: number,
  language: Language,
  axisLabel: string,
): Element {
  return valueRowsChart(
    rows.map((r) => r.label),
    width,
    { label: axisLabel, zero: true, tickFormat: (d: number) => formatNumber(d, language, 0) },
    [
      Plot.ruleY(rows, { y: "label", x1: "low", x2: "high", stroke: interval, strokeWidth: 2 }),
      Plot.dot(rows, { y: "label", x: "mean", fill: ink, r: 5 }),
    ],
  );
}

/** A share (0..1) per label as horizontal bars. */
export function shareChart(rows: { label: string; share: number }[], width: number, language: Language, axisLabel: string): Element {
  return barsChart(rows, "share", width, { label: axisLabel, domain: [0, 1], tickFormat: (d: number) => formatPercent(d, language, 0) });
}

/** A count per label as horizontal bars. */
export function countChart(rows: { label: string; count: number }[], width: number, language: Language, axisLabel: string): Element {
  return barsChart(rows, "count", width, { label: axisLabel, tickFormat: (d: number) => formatCount(d, language) });
}

/** Responses per calendar day as bars on a time axis (days without responses stay empty). */
export function perDayChart(rows: { day: Date; responses: number }[], width: number, language: Language, axisLabel: string): Element {
  const dateFormat = new Intl.DateTimeFormat(locale(language), { day: "numeric", month: "short", timeZone: "UTC" });
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 50,
    style,
    x: { label: null, type: "utc", tickFormat: (d: Date) => dateFormat.format(d) },
    y: { label: axisLabel, grid: true, tickFormat: (d: number) => formatCount(d, language) },
    marks: [Plot.rectY(rows, { x: "day", y: "responses", interval: "day", fill: ink, inset: 1 }), Plot.ruleY([0])],
  });
}

/** Share of respondents per scenario (rows) and points band (columns) as shaded cells with their percentage. */
export function distributionChart(
  cells: { scenario: string; bin: string; share: number }[],
  bins: string[],
  scenarios: string[],
  width: number,
  language: Language,
  axisLabel: string,
): Element {
  const largest = Math.max(0.01, ...cells.map((c) => c.share));
  return rowsChart(scenarios, width, 70, {
    marginTop: 50,
    x: { label: axisLabel, domain: bins, axis: "top", labelAnchor: "center", labelOffset: 40 },
    color: { type: "linear", range: ["#ffffff", ink], domain: [0, largest] },
    marks: [
      Plot.cell(cells, { x: "bin", y: "scenario", fill: "share", inset: 0.5, stroke: "#d0d7da" }),
      Plot.text(cells, {
        x: "bin",
        y: "scenario",
        text: (c: { share: number }) => formatPercent(c.share, language, 0),
        fill: (c: { share: number }) => (c.share > 0.5 * largest ? "#ffffff" : "#1a1a1a"),
        fontSize: 11,
      }),
    ],
  });
}
