import { useEffect } from "react";

/** The browser tab's title: the parts from the most to the least particular, between dashes. */
export function useDocumentTitle(...parts: string[]) {
  const title = parts.join(" – ");
  useEffect(() => {
    document.title = title;
  }, [title]);
}
