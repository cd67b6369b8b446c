import { ButtonGroup, Paragraph, PrimaryActionButton, SecondaryActionButton } from "@utrecht/component-library-react";
import { useText } from "../../lib/text";
import type { TwoFactorCodeProblem } from "../../lib/twoFactorCode";
import { CheckboxField, TextField } from "../../components/FormFields";
import { authTexts } from "./texts";

/** The code field's id (a browser test and the login's focus find it by it). */
export const loginCodeId = "login-code";

/**
 * The login's second step, inside its form: the code from the authenticator app or a recovery
 * code. The e-mail address and password typed at the first step stay in the form's state and go
 * with the code; "Terug" starts again at the first step.
 */
export function CodeStep({
  email,
  code,
  onCodeChange,
  recovery,
  onRecoveryChange,
  problem,
  busy,
  onBack,
}: {
  email: string;
  code: string;
  onCodeChange: (code: string) => void;
  /** A recovery code is being typed: a keyboard with letters instead of the digits. */
  recovery: boolean;
  onRecoveryChange: (recovery: boolean) => void;
  problem?: TwoFactorCodeProblem;
  busy: boolean;
  onBack: () => void;
}) {
  const t = useText(authTexts);
  return (
    <>
      <Paragraph>{t("codeStepIntro", { email })}</Paragraph>
      {/* For password managers: whose code this is. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id={loginCodeId}
        label={t("twoFactorCode")}
        description={t("codeHelp")}
        error={problem && t(problem)}
        type="text"
        inputMode={recovery ? "text" : "numeric"}
        autoComplete={recovery ? "off" : "one-time-code"}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        value={code}
        onChange={onCodeChange}
      />
      <CheckboxField id="login-recovery" label={t("useRecoveryCode")} checked={recovery} onChange={onRecoveryChange} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" disabled={busy}>
          {t("logIn")}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onBack}>
          {t("back")}
        </SecondaryActionButton>
      </ButtonGroup>
    </>
  );
}
