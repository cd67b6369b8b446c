import type { ReactNode } from "react";
import { Heading2, Heading3, Heading4, Heading5 } from "@utrecht/component-library-react";

const headings = { 2: Heading2, 3: Heading3, 4: Heading4, 5: Heading5 };

/**
 * A part of a screen named by its heading: a <section> labelled by the heading (`${id}-title`),
 * so screen readers list it as a region by that name. `busy` marks it while what it shows is
 * being asked again.
 */
export function Section({
  id,
  title,
  level = 3,
  className,
  busy,
  children,
}: {
  id: string;
  title: ReactNode;
  level?: keyof typeof headings;
  className?: string;
  busy?: boolean;
  children?: ReactNode;
}) {
  const Heading = headings[level];
  return (
    <section aria-labelledby={`${id}-title`} className={className} aria-busy={busy}>
      <Heading id={`${id}-title`}>{title}</Heading>
      {children}
    </section>
  );
}
