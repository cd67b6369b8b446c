import { ButtonGroup, OrderedList, OrderedListItem, Paragraph, PrimaryActionButton, SecondaryActionButton } from "@utrecht/component-library-react";
import { useText } from "../../lib/text";
import { Section } from "../../components/Section";
import { twoFactorIds } from "./EnrolmentSteps";
import { accountTexts } from "./texts";

/** The heading's id: the focus goes there when the codes appear. */
export const recoveryTitleId = "recovery-title";

/**
 * The recovery codes, shown once right after two-factor sign-in is turned on (the server keeps
 * only their hashes): what they are for, to print or keep, and the way on once they are kept.
 */
export function RecoveryCodes({ codes, leaving, onContinue }: { codes: readonly string[]; leaving: boolean; onContinue: () => void }) {
  const t = useText(accountTexts);
  return (
    <Section id="recovery" title={t("recoveryTitle")} level={2} className="mienskip-recovery">
      <Paragraph>{t("recoveryIntro")}</Paragraph>
      <Paragraph>
        <strong>{t("recoveryOnlyNow")}</strong>
      </Paragraph>
      <OrderedList id={twoFactorIds.recoveryCodes} className="mienskip-recovery-codes" aria-labelledby={recoveryTitleId}>
        {codes.map((code) => (
          <OrderedListItem key={code}>
            <code>{code}</code>
          </OrderedListItem>
        ))}
      </OrderedList>
      <ButtonGroup className="mienskip-print-hidden">
        <SecondaryActionButton type="button" onClick={() => window.print()}>
          {t("print")}
        </SecondaryActionButton>
        <PrimaryActionButton type="button" disabled={leaving} onClick={onContinue}>
          {t("recoveryCodesSaved")}
        </PrimaryActionButton>
      </ButtonGroup>
    </Section>
  );
}
