// An account as GET /api/admin/accounts gives it, for the accounts' tests: an active analyst who
// signed in once, with what a test needs changed.
import type { Account } from "./types";

export const testAccount = (id: number, email: string, more: Partial<Account> = {}): Account => ({
  id,
  email,
  role: "analyst",
  grants: [],
  status: "active",
  locked_until: null,
  must_change_password: false,
  created_at: "2026-11-29T10:00:00Z",
  last_login_at: "2026-11-29T13:05:00Z",
  sessions: 1,
  you: false,
  two_factor: false,
  ...more,
});
