import type { FormEvent } from "react";
import { Image, Link, OrderedList, OrderedListItem, Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import type { TwoFactorEnrolment } from "../../lib/session";
import { useText } from "../../lib/text";
import type { TwoFactorCodeProblem } from "../../lib/twoFactorCode";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextField } from "../../components/FormFields";
import { Section } from "../../components/Section";
import { twoFactorErrorWording } from "./accountErrors";
import { accountTexts } from "./texts";
import { groupSecret, svgImageSource } from "./twoFactorSetup";

/** The ids a browser test reads the set-up by: the key as an app would take it, the code field, the recovery codes. */
export const twoFactorIds = { secret: "two-factor-secret", code: "two-factor-code", recoveryCodes: "recovery-codes" } as const;

/**
 * Setting up two-factor sign-in in four numbered steps: an authenticator app, the QR code (or a
 * link that opens the key in an app on this device), the key to type by hand, and the first code
 * the app shows. The QR code is the server's SVG as an image, never markup in the page.
 */
export function EnrolmentSteps({
  enrolment,
  code,
  onCodeChange,
  problem,
  busy,
  error,
  onSubmit,
}: {
  enrolment: TwoFactorEnrolment;
  code: string;
  onCodeChange: (code: string) => void;
  problem?: TwoFactorCodeProblem;
  busy: boolean;
  /** The confirmation's refusal; null when there is none. */
  error: unknown;
  onSubmit: (event: FormEvent) => void;
}) {
  const t = useText(accountTexts);
  return (
    <Section id="two-factor-steps" title={t("twoFactorStepsTitle")} level={2}>
      <OrderedList className="mienskip-two-factor-steps">
        <OrderedListItem>
          <Paragraph>{t("stepInstall")}</Paragraph>
        </OrderedListItem>
        <OrderedListItem>
          <Paragraph>{t("stepScan")}</Paragraph>
          <Image className="mienskip-qr" src={svgImageSource(enrolment.qr_svg)} alt={t("qrAlt")} />
          <Paragraph>
            {t("onThisDevice")} <Link href={enrolment.otpauth_uri}>{t("openInApp")}</Link>
          </Paragraph>
        </OrderedListItem>
        <OrderedListItem>
          <Paragraph>{t("stepType")}</Paragraph>
          <Paragraph>
            <code id={twoFactorIds.secret} className="mienskip-secret" data-secret={enrolment.secret}>
              {groupSecret(enrolment.secret)}
            </code>
          </Paragraph>
        </OrderedListItem>
        <OrderedListItem>
          <Paragraph>{t("stepCode")}</Paragraph>
          <form onSubmit={onSubmit} noValidate aria-busy={busy}>
            {error !== null && <ErrorAlert error={error} wording={twoFactorErrorWording} />}
            <TextField
              id={twoFactorIds.code}
              label={t("twoFactorCode")}
              description={t("enrolCodeHelp")}
              error={problem && t(problem)}
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              autoCorrect="off"
              spellCheck={false}
              value={code}
              onChange={onCodeChange}
            />
            <PrimaryActionButton type="submit" disabled={busy}>
              {t("confirmTwoFactor")}
            </PrimaryActionButton>
          </form>
        </OrderedListItem>
      </OrderedList>
    </Section>
  );
}
