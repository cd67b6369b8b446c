import { Figure, FigureCaption } from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type ReactNode } from "react";

/** The chart functions; loaded on first use, so logging in and the survey list do not wait for Plot and d3. */
export type Charts = typeof import("../lib/charts");
let charts: Promise<Charts> | null = null;
function loadCharts(): Promise<Charts> {
  charts ??= import("../lib/charts");
  return charts;
}

/**
 * A chart drawn by Observable Plot with its text alternative: the caption says what it shows and
 * the table (children) holds the same numbers. The drawing itself is hidden from screen readers,
 * which read the caption and the table instead.
 */
export function PlotFigure({
  caption,
  draw,
  children,
}: {
  caption: ReactNode;
  /** Draws the chart at the given width in pixels; keep it stable (useCallback) so it is not redrawn needlessly. */
  draw: (charts: Charts, width: number) => Element;
  children: ReactNode;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = holder.current;
    if (!element || width <= 0) return;
    let chart: Element | null = null;
    let current = true;
    void loadCharts().then((loaded) => {
      if (!current) return;
      chart = draw(loaded, Math.max(width, 320));
      element.replaceChildren(chart);
    });
    return () => {
      current = false;
      chart?.remove();
    };
  }, [draw, width]);

  return (
    <Figure className="mienskip-figure">
      <FigureCaption>{caption}</FigureCaption>
      <div className="mienskip-chart" ref={holder} aria-hidden="true" />
      {children}
    </Figure>
  );
}
