import { Paragraph } from "@utrecht/component-library-react";
import { useText } from "../lib/text";
import { commonTexts } from "../lib/texts";

export function Loading() {
  const t = useText(commonTexts);
  return (
    <Paragraph role="status" aria-live="polite">
      {t("loading")}
    </Paragraph>
  );
}
