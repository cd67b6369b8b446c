// The staff accounts as the server describes them (GET /api/admin/accounts and the actions' answers).
import type { Role } from "../../../lib/session";

export type { Role };

export type AccountStatus = "active" | "disabled";

export interface Account {
  id: number;
  email: string;
  role: Role;
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
