import { Paragraph } from "@utrecht/component-library-react";
import { text, type Language } from "../lib/texts";

export function Loading({ language }: { language: Language }) {
  return (
    <Paragraph role="status" aria-live="polite">
      {text(language, "loading")}
    </Paragraph>
  );
}
