import { Figure, FigureCaption } from "@utrecht/component-library-react";
import { useEffect, useRef, useState, type ReactNode } from "react";

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
  draw: (width: number) => Element;
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
    const chart = draw(Math.max(width, 320));
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [draw, width]);

  return (
    <Figure className="mienskip-figure">
      <FigureCaption>{caption}</FigureCaption>
      <div className="mienskip-chart" ref={holder} aria-hidden="true" />
      {children}
    </Figure>
  );
}
