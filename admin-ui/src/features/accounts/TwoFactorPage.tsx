import { useEffect, useRef, useState, type FormEvent } from "react";
import { Heading1, Paragraph, SecondaryActionButton } from "@utrecht/component-library-react";
import { useApi, useSession, useSessionState } from "../../lib/appContext";
import { ApiError } from "../../lib/http";
import { confirmTwoFactorEnrolment, readSession, startTwoFactorEnrolment, type Session, type TwoFactorEnrolment } from "../../lib/session";
import { useAction } from "../../lib/useAction";
import { useText } from "../../lib/text";
import { normaliseTwoFactorCode, twoFactorCodeProblem, type TwoFactorCodeProblem } from "../../lib/twoFactorCode";
import { ErrorAlert } from "../../components/ErrorAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { EnrolmentSteps, twoFactorIds } from "./EnrolmentSteps";
import { RecoveryCodes, recoveryTitleId } from "./RecoveryCodes";
import { accountTexts } from "./texts";

/** Moves the focus to the element `id` (a heading takes it only when told to). */
function focusElement(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  if (element.tagName.startsWith("H")) element.tabIndex = -1;
  element.focus();
}

/**
 * A signed-in staff member sets up two-factor sign-in: a new secret from the server, shown as a
 * QR code and as a key to type, confirmed with the first code the app shows; then the recovery
 * codes, shown this once. `required`: the account may do nothing else first (the app then shows
 * only this, and goes on once the session says it is done). `onContinue`: where to go afterwards.
 * When two-factor sign-in is already on, the screen says so.
 */
export function TwoFactorPage({ required = false, onContinue }: { required?: boolean; onContinue?: () => void }) {
  const http = useApi();
  const session = useSession();
  const { setSession } = useSessionState();
  const t = useText(accountTexts);
  const start = useAction();
  const confirm = useAction();
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment | null>(null);
  const [code, setCode] = useState("");
  const [codeProblem, setCodeProblem] = useState<TwoFactorCodeProblem | undefined>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);
  const enrolling = !session.two_factor_enabled && recoveryCodes === null;
  // One enrolment per visit to the screen: each start makes the last unconfirmed secret stop counting.
  const started = useRef(false);

  useEffect(() => {
    if (focusTarget) focusElement(focusTarget.id);
  }, [focusTarget]);

  /** The session as the server now has it; what is known to be true when it cannot be read just now. */
  async function freshSession(): Promise<Session | null> {
    try {
      return await readSession(http);
    } catch {
      return { ...session, two_factor_enabled: true, must_enrol_two_factor: false };
    }
  }

  async function begin() {
    setEnrolment(null);
    await start.run(async () => {
      try {
        setEnrolment(await startTwoFactorEnrolment(http));
      } catch (error) {
        // On already (in another browser, say): the session here did not know yet.
        if (error instanceof ApiError && error.code === "two_factor_enabled") setSession(await freshSession());
        throw error;
      }
    });
  }

  useEffect(() => {
    if (!enrolling || started.current) return;
    started.current = true;
    void begin();
  }, [enrolling]);

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    const problem = twoFactorCodeProblem(code, { recovery: false });
    setCodeProblem(problem);
    if (problem) {
      setFocusTarget({ id: twoFactorIds.code });
      return;
    }
    const done = await confirm.run(async () => {
      setRecoveryCodes(await confirmTwoFactorEnrolment(http, normaliseTwoFactorCode(code)));
      return t("twoFactorOnNow");
    });
    // A code works once, and a wrong one will not become right: the field is emptied either way.
    setCode("");
    setFocusTarget({ id: done ? recoveryTitleId : twoFactorIds.code });
  }

  async function carryOn() {
    setLeaving(true);
    setSession(await freshSession());
    onContinue?.();
  }

  const intro = required ? "twoFactorRequiredIntro" : "twoFactorIntro";

  if (recoveryCodes === null && session.two_factor_enabled) {
    return (
      <>
        <Heading1 id="two-factor-title">{t("twoFactor")}</Heading1>
        <Paragraph>{t("twoFactorOnIntro")}</Paragraph>
        <Paragraph>{t("twoFactorLostPhone")}</Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading1 id="two-factor-title">{t("setUpTwoFactor")}</Heading1>
      {recoveryCodes === null && <Paragraph>{t(intro)}</Paragraph>}
      <StatusMessage message={confirm.status} />

      {recoveryCodes !== null ? (
        <RecoveryCodes codes={recoveryCodes} leaving={leaving} onContinue={() => void carryOn()} />
      ) : (
        <>
          {start.error !== null && (
            <ErrorAlert error={start.error} context={t("twoFactorNotStarted")}>
              <SecondaryActionButton type="button" disabled={start.busy} onClick={() => void begin()}>
                {t("tryAgain")}
              </SecondaryActionButton>
            </ErrorAlert>
          )}
          {!enrolment && start.error === null && <Paragraph>{t("loading")}</Paragraph>}
          {enrolment && (
            <EnrolmentSteps
              enrolment={enrolment}
              code={code}
              onCodeChange={(value) => {
                setCode(value);
                setCodeProblem(undefined);
              }}
              problem={codeProblem}
              busy={confirm.busy}
              error={confirm.error}
              onSubmit={submitCode}
            />
          )}
        </>
      )}
    </>
  );
}
