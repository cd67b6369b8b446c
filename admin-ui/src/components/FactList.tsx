import type { ReactNode } from "react";
import { DataList, DataListItem, DataListKey, DataListValue } from "@utrecht/component-library-react";

export interface Fact {
  name: ReactNode;
  value: ReactNode;
}

/**
 * Facts about one thing as name and value ("Geloot: 29 nov 2026, 14:05"): a description list.
 * A fact that does not apply is given as `false` and left out.
 */
export function FactList({ facts, appearance }: { facts: (Fact | false)[]; appearance?: "rows" }) {
  return (
    <DataList appearance={appearance}>
      {facts.map(
        (fact, i) =>
          fact && (
            <DataListItem key={i}>
              <DataListKey>{fact.name}</DataListKey>
              <DataListValue>{fact.value}</DataListValue>
            </DataListItem>
          ),
      )}
    </DataList>
  );
}
