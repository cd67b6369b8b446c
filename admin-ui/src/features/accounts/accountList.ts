// The accounts list as the screen keeps it: sorted by e-mail address as the server sends it, with
// an action's answer put in place at once.
import type { Account } from "./api/types";

/** By e-mail address, case and accents ignored (the server sorts the same way, near enough). */
export function sortAccounts(accounts: readonly Account[]): Account[] {
  return [...accounts].sort((a, b) => a.email.localeCompare(b.email, "nl", { sensitivity: "base" }) || a.id - b.id);
}

/** The list with `account` in it: replacing the one with its id, or added in its place. */
export function withAccount(accounts: readonly Account[], account: Account): Account[] {
  return sortAccounts([...accounts.filter((a) => a.id !== account.id), account]);
}

/** The list without the account `id`. */
export function withoutAccount(accounts: readonly Account[], id: number): Account[] {
  return accounts.filter((a) => a.id !== id);
}
