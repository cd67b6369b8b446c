import { useEffect, useState, type FormEvent } from "react";
import { Heading1, PrimaryActionButton } from "@utrecht/component-library-react";
import { useApi, useSessionState } from "../../lib/appContext";
import { logIn } from "../../lib/session";
import { useText } from "../../lib/text";
import { normaliseTwoFactorCode, twoFactorCodeProblem, type TwoFactorCodeProblem } from "../../lib/twoFactorCode";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextField } from "../../components/FormFields";
import { CodeStep, loginCodeId } from "./CodeStep";
import { afterLoginRefusal, loginErrorWording, type LoginStep } from "./loginFlow";
import { authTexts } from "./texts";

/**
 * The staff login: e-mail address and password, then, for an account with two-factor sign-in (the
 * server answers `two_factor_required`), the code from the authenticator app or a recovery code,
 * sent together with the e-mail address and password from the first step.
 */
export function LoginPage() {
  const http = useApi();
  const { setSession } = useSessionState();
  const t = useText(authTexts);
  const [step, setStep] = useState<LoginStep>("password");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [recovery, setRecovery] = useState(false);
  const [codeProblem, setCodeProblem] = useState<TwoFactorCodeProblem | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Asks for the focus to move to a field once it is on the screen (a new object: also to the same field again).
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    let sentCode: string | undefined;
    if (step === "code") {
      const problem = twoFactorCodeProblem(code, { recovery: true });
      setCodeProblem(problem);
      if (problem) {
        setFocusTarget({ id: loginCodeId });
        return;
      }
      sentCode = normaliseTwoFactorCode(code);
    }
    setBusy(true);
    setError(null);
    try {
      setSession(await logIn(http, email, password, sentCode));
    } catch (e) {
      const next = afterLoginRefusal(step, e);
      setError(next.error);
      if (next.clearPassword) setPassword("");
      if (next.clearCode) setCode("");
      if (next.step !== step || next.step === "code") setFocusTarget({ id: next.step === "code" ? loginCodeId : "password" });
      setStep(next.step);
    } finally {
      setBusy(false);
    }
  }

  function startAgain() {
    setStep("password");
    setPassword("");
    setCode("");
    setRecovery(false);
    setCodeProblem(undefined);
    setError(null);
    setFocusTarget({ id: "password" });
  }

  return (
    <form onSubmit={submit} aria-labelledby="login-title" aria-busy={busy}>
      <Heading1 id="login-title">{t("logIn")}</Heading1>
      {error !== null && <ErrorAlert error={error} wording={loginErrorWording} />}
      {step === "password" ? (
        <>
          <TextField id="email" label={t("email")} type="email" autoComplete="username" value={email} onChange={setEmail} required />
          <TextField
            id="password"
            label={t("password")}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            required
          />
          <PrimaryActionButton type="submit" disabled={busy}>
            {t("logIn")}
          </PrimaryActionButton>
        </>
      ) : (
        <CodeStep
          email={email}
          code={code}
          onCodeChange={(value) => {
            setCode(value);
            setCodeProblem(undefined);
          }}
          recovery={recovery}
          onRecoveryChange={setRecovery}
          problem={codeProblem}
          busy={busy}
          onBack={startAgain}
        />
      )}
    </form>
  );
}
