import { useState, type FormEvent } from "react";
import { Heading1, Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import { useApi, useSession, useSessionState } from "../../lib/appContext";
import { changePassword, readSession, type Session } from "../../lib/session";
import { useAction } from "../../lib/useAction";
import { useText } from "../../lib/text";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextField } from "../../components/FormFields";
import { StatusMessage } from "../../components/StatusMessage";
import { passwordErrorWording } from "./accountErrors";
import { firstProblem, minimumPasswordLength, passwordChangeProblems, type FormProblems, type PasswordChangeForm } from "./accountForms";
import { accountTexts } from "./texts";

type Field = keyof PasswordChangeForm;
const order: Field[] = ["current", "next", "repeat"];
const fieldIds: Record<Field, string> = { current: "current-password", next: "new-password", repeat: "repeat-password" };
const empty: PasswordChangeForm = { current: "", next: "", repeat: "" };

/**
 * A signed-in staff member chooses a new password. `required`: the account must do so before
 * anything else (a temporary password, or an administrator asked for it); the app then shows only
 * this, and goes on once the session says it is done.
 */
export function ChangePasswordPage({ required = false }: { required?: boolean }) {
  const http = useApi();
  const session = useSession();
  const { setSession } = useSessionState();
  const t = useText(accountTexts);
  const { busy, error, status, run } = useAction();
  const [form, setForm] = useState<PasswordChangeForm>(empty);
  const [problems, setProblems] = useState<FormProblems<Field>>({});

  async function save(event: FormEvent) {
    event.preventDefault();
    const found = passwordChangeProblems(form);
    setProblems(found);
    const first = firstProblem(found, order);
    if (first) {
      document.getElementById(fieldIds[first])?.focus();
      return;
    }
    await run(async () => {
      await changePassword(http, form.current, form.next);
      setForm(empty);
      // The session as the server now has it: must_change_password is false, so a required screen
      // gives way. The change itself is done even when that cannot be read just now.
      let fresh: Session | null;
      try {
        fresh = await readSession(http);
      } catch {
        fresh = { ...session, must_change_password: false };
      }
      setSession(fresh);
      return t("passwordChanged");
    });
  }

  function field(name: Field, label: string, autoComplete: string, description?: string) {
    const problem = problems[name];
    return (
      <TextField
        id={fieldIds[name]}
        label={label}
        description={description}
        error={problem && t(problem, { min: minimumPasswordLength })}
        type="password"
        autoComplete={autoComplete}
        value={form[name]}
        onChange={(value) => {
          setForm((f) => ({ ...f, [name]: value }));
          setProblems((p) => ({ ...p, [name]: undefined }));
        }}
      />
    );
  }

  return (
    <>
      <Heading1 id="password-title">{t(required ? "chooseOwnPassword" : "changePassword")}</Heading1>
      <Paragraph>{t(required ? "mustChangeIntro" : "changePasswordIntro")}</Paragraph>
      <form onSubmit={save} noValidate aria-labelledby="password-title" aria-busy={busy}>
        {error !== null && <ErrorAlert error={error} wording={passwordErrorWording} />}
        {/* For password managers: whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={session.email} readOnly hidden />
        {field("current", t("currentPassword"), "current-password")}
        {field("next", t("newPassword"), "new-password", t("newPasswordHelp"))}
        {field("repeat", t("repeatPassword"), "new-password")}
        <PrimaryActionButton type="submit" disabled={busy}>
          {t("savePassword")}
        </PrimaryActionButton>
        <StatusMessage message={status} />
      </form>
    </>
  );
}
