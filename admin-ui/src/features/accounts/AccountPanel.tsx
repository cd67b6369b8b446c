import { useState, type FormEvent } from "react";
import { Paragraph, PrimaryActionButton, SecondaryActionButton } from "@utrecht/component-library-react";
import type { useAction } from "../../lib/useAction";
import { useText } from "../../lib/text";
import { roleTextKey } from "../../lib/roles";
import { ConfirmedAction } from "../../components/ConfirmedAction";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextField } from "../../components/FormFields";
import { Section } from "../../components/Section";
import { StatusMessage } from "../../components/StatusMessage";
import { useEndSessions, useRemoveAccount, useRequirePasswordChange, useResetTwoFactor, useSetEnabled, useSetRole } from "./api/actions";
import type { Account, Role } from "./api/types";
import { accountActions } from "./accountActions";
import { accountErrorWording } from "./accountErrors";
import { minimumPasswordLength, temporaryPasswordProblem, type FieldProblem } from "./accountForms";
import { accountTexts } from "./texts";
import { TasksSection } from "./TasksSection";

/**
 * What an administrator can do to one account (not their own): its role, its tasks on forums and surveys, disabling or enabling
 * it, ending its sessions, making it choose a new password (with a temporary one for a forgotten
 * password), setting two-factor sign-in up again after a lost phone, removing it. What cannot be undone or throws someone out is asked once more.
 */
export function AccountPanel({
  account,
  action,
  onDone,
  onRemoved,
}: {
  account: Account;
  /** The page's action state: what is running, its refusal and the sentence that says it is done. */
  action: ReturnType<typeof useAction>;
  onDone: () => void;
  onRemoved: () => void;
}) {
  const t = useText(accountTexts);
  const can = accountActions(account);
  const setRole = useSetRole();
  const setEnabled = useSetEnabled();
  const endSessions = useEndSessions();
  const requirePasswordChange = useRequirePasswordChange();
  const resetTwoFactor = useResetTwoFactor();
  const removeAccount = useRemoveAccount();
  const [role, setRoleChoice] = useState<Role>(account.role);
  const [temporary, setTemporary] = useState("");
  const [temporaryProblem, setTemporaryProblem] = useState<FieldProblem | undefined>();
  const { busy, run } = action;
  const email = account.email;

  async function act(work: () => Promise<string>) {
    if (await run(work)) onDone();
  }

  function changeRole(event: FormEvent) {
    event.preventDefault();
    if (role === account.role) return;
    void act(async () => {
      const changed = await setRole.mutateAsync({ id: account.id, role });
      return changed.role === "none" ? t("roleChangedNone", { email }) : t("roleChanged", { email, role: t(roleTextKey(changed.role)) });
    });
  }

  /** A temporary password that is given must be long enough: said at the field before anything is asked. */
  function temporaryPasswordFits(): boolean {
    const problem = temporaryPasswordProblem(temporary);
    setTemporaryProblem(problem);
    if (problem) document.getElementById("account-temporary-password")?.focus();
    return !problem;
  }

  async function passwordChange() {
    if (!temporaryPasswordFits()) return;
    await act(async () => {
      await requirePasswordChange.mutateAsync({ id: account.id, temporaryPassword: temporary || undefined });
      const done = t(temporary ? "passwordChangeRequiredTemporary" : "passwordChangeRequired", { email });
      setTemporary("");
      return done;
    });
  }

  return (
    <Section id="account-manage" title={t("manageTitle", { email })} level={2}>
      <StatusMessage message={action.status} />
      {action.error !== null && <ErrorAlert error={action.error} wording={accountErrorWording} />}

      {can.changeRole && (
        <Section id="account-role" title={t("roleTitle")}>
          <form className="mienskip-inline-form" onSubmit={changeRole} noValidate>
            <SelectField
              id="account-role-choice"
              label={t("roleOf", { email })}
              description={t("roleHelp")}
              value={role}
              onChange={(value) => setRoleChoice(value as Role)}
              options={[
                { value: "admin", label: t("roleAdmin") },
                { value: "analyst", label: t("roleAnalyst") },
                { value: "none", label: t("roleNoneOption") },
              ]}
            />
            <PrimaryActionButton type="submit" disabled={busy || role === account.role}>
              {t("saveRole")}
            </PrimaryActionButton>
          </form>
        </Section>
      )}

      {can.changeTasks && <TasksSection account={account} busy={busy} act={act} />}

      <Section id="account-access" title={t("accessTitle")}>
        {can.enable && (
          <>
            <Paragraph>{t("disabledNote")}</Paragraph>
            <SecondaryActionButton
              type="button"
              disabled={busy}
              onClick={() =>
                void act(async () => {
                  await setEnabled.mutateAsync({ id: account.id, enabled: true });
                  return t("enabled", { email });
                })
              }
            >
              {t("enable")}
            </SecondaryActionButton>
          </>
        )}
        {can.disable && (
          <ConfirmedAction
            label={t("disable")}
            question={t("disableQuestion", { email })}
            confirmLabel={t("confirmDisable")}
            cancelLabel={t("cancel")}
            busy={busy}
            onConfirm={() =>
              act(async () => {
                await setEnabled.mutateAsync({ id: account.id, enabled: false });
                return t("disabled", { email });
              })
            }
          />
        )}
        <Paragraph>{account.sessions > 0 ? t("sessionsOpen", { count: account.sessions }) : t("sessionsNone")}</Paragraph>
        {can.endSessions && (
          <ConfirmedAction
            label={t("endSessions")}
            question={t("endSessionsQuestion", { count: account.sessions, email })}
            confirmLabel={t("confirmEndSessions")}
            cancelLabel={t("cancel")}
            busy={busy}
            onConfirm={() =>
              act(async () => {
                const { ended } = await endSessions.mutateAsync(account.id);
                return t("sessionsEnded", { count: ended, email });
              })
            }
          />
        )}
      </Section>

      {can.requirePasswordChange && (
        <Section id="account-password" title={t("passwordChangeTitle")}>
          <Paragraph>{t("passwordChangeIntro", { email })}</Paragraph>
          <TextField
            id="account-temporary-password"
            label={t("temporaryPasswordOptional")}
            description={t("temporaryPasswordHelp")}
            error={temporaryProblem && t(temporaryProblem, { min: minimumPasswordLength })}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={temporary}
            onChange={(value) => {
              setTemporary(value);
              setTemporaryProblem(undefined);
            }}
          />
          <ConfirmedAction
            label={t("requirePasswordChange")}
            question={t(temporary ? "requireWithTemporaryQuestion" : "requirePasswordChangeQuestion", { email })}
            confirmLabel={t("confirmRequirePasswordChange")}
            cancelLabel={t("cancel")}
            busy={busy}
            beforeAsking={temporaryPasswordFits}
            onConfirm={passwordChange}
          />
        </Section>
      )}

      <Section id="account-two-factor" title={t("twoFactor")}>
        <Paragraph>{t(account.two_factor ? "twoFactorOnNote" : "twoFactorOffNote", { email })}</Paragraph>
        {can.resetTwoFactor && (
          <ConfirmedAction
            label={t("resetTwoFactor")}
            question={t("resetTwoFactorQuestion", { email })}
            confirmLabel={t("confirmResetTwoFactor")}
            cancelLabel={t("cancel")}
            busy={busy}
            onConfirm={() =>
              act(async () => {
                await resetTwoFactor.mutateAsync(account.id);
                return t("twoFactorResetDone", { email });
              })
            }
          />
        )}
      </Section>

      {can.remove && (
        <Section id="account-remove" title={t("removeTitle")}>
          <Paragraph>{t("removeIntro")}</Paragraph>
          <ConfirmedAction
            label={t("remove")}
            question={t("removeQuestion", { email })}
            confirmLabel={t("confirmRemove")}
            cancelLabel={t("cancel")}
            busy={busy}
            onConfirm={async () => {
              const removed = await run(async () => {
                await removeAccount.mutateAsync(account.id);
                return t("removed", { email });
              });
              if (removed) onRemoved();
            }}
          />
        </Section>
      )}
    </Section>
  );
}
