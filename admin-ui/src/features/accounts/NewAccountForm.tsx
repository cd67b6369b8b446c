import { useState, type FormEvent } from "react";
import { Paragraph, PrimaryActionButton } from "@utrecht/component-library-react";
import { useAction } from "../../lib/useAction";
import { useText } from "../../lib/text";
import { roleTextKey } from "../../lib/roles";
import { ErrorAlert } from "../../components/ErrorAlert";
import { SelectField, TextField } from "../../components/FormFields";
import { Section } from "../../components/Section";
import { StatusMessage } from "../../components/StatusMessage";
import { useCreateAccount } from "./api/actions";
import type { Role } from "./api/types";
import { accountErrorWording } from "./accountErrors";
import { firstProblem, minimumPasswordLength, newAccountProblems, type FormProblems } from "./accountForms";
import { accountTexts } from "./texts";

const fieldIds = { email: "new-account-email", password: "new-account-password" } as const;

/** Administrators add a staff member: e-mail address, role, and a temporary password to pass on. */
export function NewAccountForm() {
  const t = useText(accountTexts);
  const createAccount = useCreateAccount();
  const { busy, error, status, run } = useAction();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("analyst");
  const [password, setPassword] = useState("");
  const [problems, setProblems] = useState<FormProblems<"email" | "password">>({});
  const problemText = (field: "email" | "password") => {
    const problem = problems[field];
    return problem && t(problem, { min: minimumPasswordLength });
  };

  async function create(event: FormEvent) {
    event.preventDefault();
    const found = newAccountProblems({ email, role, password });
    setProblems(found);
    const first = firstProblem(found, ["email", "password"]);
    if (first) {
      document.getElementById(fieldIds[first])?.focus();
      return;
    }
    await run(async () => {
      const created = await createAccount.mutateAsync({ email: email.trim(), role, password });
      setEmail("");
      setPassword("");
      setRole("analyst");
      return created.role === "none"
        ? t("createdNone", { email: created.email })
        : t("created", { email: created.email, role: t(roleTextKey(created.role)) });
    });
  }

  return (
    <Section id="new-account" title={t("newAccount")} level={2}>
      <Paragraph>{t("newAccountIntro")}</Paragraph>
      <form onSubmit={create} noValidate aria-busy={busy}>
        {error !== null && <ErrorAlert error={error} wording={accountErrorWording} />}
        <TextField
          id={fieldIds.email}
          label={t("email")}
          error={problemText("email")}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(value) => {
            setEmail(value);
            setProblems((p) => ({ ...p, email: undefined }));
          }}
        />
        <SelectField
          id="new-account-role"
          label={t("role")}
          description={t("roleHelp")}
          value={role}
          onChange={(value) => setRole(value as Role)}
          options={[
            { value: "analyst", label: t("roleAnalyst") },
            { value: "admin", label: t("roleAdmin") },
            { value: "none", label: t("roleNoneOption") },
          ]}
        />
        <TextField
          id={fieldIds.password}
          label={t("temporaryPassword")}
          description={t("newAccountPasswordHelp")}
          error={problemText("password")}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={password}
          onChange={(value) => {
            setPassword(value);
            setProblems((p) => ({ ...p, password: undefined }));
          }}
        />
        <PrimaryActionButton type="submit" disabled={busy}>
          {t("createAccount")}
        </PrimaryActionButton>
        <StatusMessage message={status} />
      </form>
    </Section>
  );
}
