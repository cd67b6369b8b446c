// The staff accounts as the server describes them (GET /api/admin/accounts and the actions' answers).
import type { Grant, GrantRole, GrantScope, Role } from "../../../lib/session";

export type { Grant, GrantRole, GrantScope, Role };

/** A task as PUT .../grants takes it: the title is the server's, not sent back. */
export type GrantInput = Omit<Grant, "title">;

/** A forum or survey a task can be given on (from GET /api/admin/forums and /api/admin/surveys). */
export interface TaskTarget {
  scope: GrantScope;
  slug: string;
  /** The forum's name or the survey's (Dutch) title. */
  title: string;
}

export type AccountStatus = "active" | "disabled";

export interface Account {
  id: number;
  email: string;
  role: Role;
  /** Its tasks: a role on one forum or survey each, beside `role`. */
  grants: Grant[];
  status: AccountStatus;
  /** ISO time until which sign-ins are refused after wrong passwords; null when not locked (or no longer). */
  locked_until: string | null;
  /** The account must choose its own password at its next sign-in. */
  must_change_password: boolean;
  created_at: string;
  last_login_at: string | null;
  /** Signs in with a code from an authenticator app after the password. */
  two_factor: boolean;
  /** Open sessions. */
  sessions: number;
  /** The signed-in account. */
  you: boolean;
}

export interface NewAccount {
  email: string;
  role: Role;
  /** Temporary: the new staff member chooses their own at the first sign-in. */
  password: string;
}
