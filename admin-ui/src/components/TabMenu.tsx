import { useEffect, useRef } from "react";
import { Link } from "@utrecht/component-library-react";

/**
 * The tabs of one survey or forum: links (each screen has its own address), the current one marked
 * for screen readers; under them the current tab's name as the screen's heading. Moving to another
 * tab moves the focus to that heading, so reading starts at the new screen.
 */
export function TabMenu<T extends string>({
  label,
  tabs,
  current,
  href,
  name,
}: {
  label: string;
  tabs: readonly T[];
  current: T;
  href: (tab: T) => string;
  name: (tab: T) => string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The tab the page opened on: its heading does not take the focus (the page's own start does).
  const firstTab = useRef<T | null>(current);
  useEffect(() => {
    if (current === firstTab.current) return;
    firstTab.current = null;
    heading.current?.focus();
  }, [current]);

  return (
    <>
      <nav aria-label={label} className="mienskip-tabs">
        <ul>
          {tabs.map((t) => (
            <li key={t}>
              <Link href={href(t)} aria-current={t === current ? "page" : undefined}>
                {name(t)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="utrecht-heading-2" ref={heading} tabIndex={-1}>
        {name(current)}
      </h2>
    </>
  );
}
