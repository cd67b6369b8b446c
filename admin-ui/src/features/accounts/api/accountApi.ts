// The staff accounts' endpoints of the staff API (administrators only), as functions of the app's
// HTTP client. The hooks in queries.ts and actions.ts use these.
import { resourcePath, type Http } from "../../../lib/http";
import { grantsBody } from "../grantList";
import type { Account, GrantInput, NewAccount, Role, TaskTarget } from "./types";

const accountsPath = "/api/admin/accounts";

/** The path of one account's API resources. */
export function accountPath(id: number, rest = ""): string {
  return resourcePath(accountsPath, String(id), rest);
}

type One = { account: Account };

export function accountApi(http: Http) {
  const { call } = http;
  return {
    /** Every account, sorted by e-mail address. */
    async accounts(): Promise<Account[]> {
      return (await call<{ accounts: Account[] }>("GET", accountsPath)).accounts;
    },
    /** Refusals: 409 `account_exists`, 422 `invalid_email`, 400 `weak_password`. */
    async createAccount(account: NewAccount): Promise<Account> {
      return (await call<One>("POST", accountsPath, { json: account })).account;
    },
    async setRole(id: number, role: Role): Promise<Account> {
      return (await call<One>("PUT", accountPath(id, "/role"), { json: { role } })).account;
    },
    /**
     * Replaces the account's tasks with `grants`, the whole list. Refused with 422 `invalid_grant`
     * (no such forum or survey, a role that does not belong to its scope, one forum or survey twice).
     */
    async setGrants(id: number, grants: readonly GrantInput[]): Promise<Account> {
      return (await call<One>("PUT", accountPath(id, "/grants"), { json: grantsBody(grants) })).account;
    },
    /** The forums and surveys a task can be given on (an administrator sees them all). */
    async taskTargets(): Promise<TaskTarget[]> {
      const [forums, surveys] = await Promise.all([
        call<{ forums: { slug: string; name: string }[] }>("GET", "/api/admin/forums"),
        call<{ surveys: { slug: string; title: string }[] }>("GET", "/api/admin/surveys"),
      ]);
      return [
        ...forums.forums.map(({ slug, name }): TaskTarget => ({ scope: "forum", slug, title: name })),
        ...surveys.surveys.map(({ slug, title }): TaskTarget => ({ scope: "survey", slug, title })),
      ];
    },
    /** Its sessions end at once. */
    async disable(id: number): Promise<Account> {
      return (await call<One>("POST", accountPath(id, "/disable"))).account;
    },
    async enable(id: number): Promise<Account> {
      return (await call<One>("POST", accountPath(id, "/enable"))).account;
    },
    endSessions: (id: number) => call<{ account: Account; ended: number }>("POST", accountPath(id, "/end-sessions")),
    /**
     * The account chooses a new password at its next sign-in and its sessions end; with a
     * temporary password its old one stops working (for someone who forgot theirs).
     */
    async requirePasswordChange(id: number, temporaryPassword?: string): Promise<Account> {
      const json = temporaryPassword ? { temporary_password: temporaryPassword } : {};
      return (await call<One>("POST", accountPath(id, "/password-change"), { json })).account;
    },
    /**
     * Turns two-factor sign-in off for an account whose phone is lost (its app and recovery codes
     * stop working) and ends its sessions; its owner sets it up again at the next sign-in where
     * it is required.
     */
    async resetTwoFactor(id: number): Promise<Account> {
      return (await call<One>("POST", accountPath(id, "/two-factor/reset"))).account;
    },
    async removeAccount(id: number): Promise<void> {
      await call<{ removed: boolean }>("DELETE", accountPath(id));
    },
  };
}

export type AccountApi = ReturnType<typeof accountApi>;
