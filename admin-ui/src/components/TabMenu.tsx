import { Link } from "@utrecht/component-library-react";

/** The tabs of one survey or forum: links (each screen has its own address), the current one marked for screen readers. */
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
  return (
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
  );
}
