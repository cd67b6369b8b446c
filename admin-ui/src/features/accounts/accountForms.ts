// The checks the account forms make before sending: enough to point at a forgotten or mistyped
// field at once. The server decides (a commonly used password, the e-mail name in it, ...).
import type { Role } from "./api/types";

/** The shortest password the server accepts. */
export const minimumPasswordLength = 12;

export type FieldProblem = "emailRequired" | "emailInvalid" | "passwordRequired" | "passwordTooShort" | "currentPasswordRequired" | "passwordsDiffer";

/** A field's problem, by the field's name; empty when the form can be sent. */
export type FormProblems<Field extends string> = Partial<Record<Field, FieldProblem>>;

// One @, something before it, a dot in what follows, no spaces: what a person mistypes, not the server's rule.
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function passwordProblem(password: string): FieldProblem | undefined {
  if (password === "") return "passwordRequired";
  if ([...password].length < minimumPasswordLength) return "passwordTooShort";
  return undefined;
}

export interface NewAccountForm {
  email: string;
  role: Role;
  password: string;
}

export function newAccountProblems(form: NewAccountForm): FormProblems<"email" | "password"> {
  const problems: FormProblems<"email" | "password"> = {};
  const email = form.email.trim();
  if (email === "") problems.email = "emailRequired";
  else if (!emailShape.test(email)) problems.email = "emailInvalid";
  const password = passwordProblem(form.password);
  if (password) problems.password = password;
  return problems;
}

/** A temporary password is optional; given, it must be long enough. */
export function temporaryPasswordProblem(password: string): FieldProblem | undefined {
  return password === "" ? undefined : passwordProblem(password);
}

export interface PasswordChangeForm {
  current: string;
  next: string;
  repeat: string;
}

export function passwordChangeProblems(form: PasswordChangeForm): FormProblems<"current" | "next" | "repeat"> {
  const problems: FormProblems<"current" | "next" | "repeat"> = {};
  if (form.current === "") problems.current = "currentPasswordRequired";
  const next = passwordProblem(form.next);
  if (next) problems.next = next;
  else if (form.repeat !== form.next) problems.repeat = "passwordsDiffer";
  return problems;
}

/** The first field with a problem, in the form's order: where the focus goes. */
export function firstProblem<Field extends string>(problems: FormProblems<Field>, order: readonly Field[]): Field | undefined {
  return order.find((field) => problems[field] !== undefined);
}
