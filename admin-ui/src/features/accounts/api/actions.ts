// What administrators do to staff accounts, as TanStack Query mutations: each runs one endpoint,
// puts the changed account in the cached list at once, and asks for the list again (what one
// change does to the others, such as sessions, shows too).
import type { QueryClient } from "@tanstack/react-query";
import { useApiAction, type CacheUpdate } from "../../../lib/mutations";
import { withAccount, withoutAccount } from "../accountList";
import type { AccountApi } from "./accountApi";
import { accountKeys, useAccountApi } from "./queries";
import type { Account, GrantInput, NewAccount, Role } from "./types";

function useAccountAction<Args, Result>(run: (api: AccountApi, args: Args) => Promise<Result>, update: CacheUpdate<Result, Args>) {
  return useApiAction(useAccountApi(), run, update);
}

function store(client: QueryClient, account: Account) {
  client.setQueryData<Account[]>(accountKeys.list, (list) => (list ? withAccount(list, account) : list));
  return client.invalidateQueries({ queryKey: accountKeys.list });
}

export function useCreateAccount() {
  return useAccountAction((api, account: NewAccount) => api.createAccount(account), (client, account) => store(client, account));
}

export function useSetRole() {
  return useAccountAction((api, { id, role }: { id: number; role: Role }) => api.setRole(id, role), (client, account) => store(client, account));
}

/** Replaces the account's tasks with the whole new list. */
export function useSetGrants() {
  return useAccountAction(
    (api, { id, grants }: { id: number; grants: readonly GrantInput[] }) => api.setGrants(id, grants),
    (client, account) => store(client, account),
  );
}

export function useSetEnabled() {
  return useAccountAction(
    (api, { id, enabled }: { id: number; enabled: boolean }) => (enabled ? api.enable(id) : api.disable(id)),
    (client, account) => store(client, account),
  );
}

export function useEndSessions() {
  return useAccountAction((api, id: number) => api.endSessions(id), (client, { account }) => store(client, account));
}

export function useRequirePasswordChange() {
  return useAccountAction(
    (api, { id, temporaryPassword }: { id: number; temporaryPassword?: string }) => api.requirePasswordChange(id, temporaryPassword),
    (client, account) => store(client, account),
  );
}

export function useResetTwoFactor() {
  return useAccountAction((api, id: number) => api.resetTwoFactor(id), (client, account) => store(client, account));
}

export function useRemoveAccount() {
  return useAccountAction(
    (api, id: number) => api.removeAccount(id),
    (client, _, id) => {
      client.setQueryData<Account[]>(accountKeys.list, (list) => (list ? withoutAccount(list, id) : list));
      return client.invalidateQueries({ queryKey: accountKeys.list });
    },
  );
}
