// The staff accounts' server state as TanStack Query hooks; actions (actions.ts) put their
// answers in the list and ask for it again.
import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { useApi } from "../../../lib/appContext";
import { accountApi, type AccountApi } from "./accountApi";

export const accountKeys = {
  list: ["accounts"] as const,
  /** The forums and surveys a task can be on; apart from the list, which every action asks again. */
  taskTargets: ["task-targets"] as const,
};

export function useAccountApi(): AccountApi {
  const http = useApi();
  return useMemo(() => accountApi(http), [http]);
}

export function useAccounts() {
  const api = useAccountApi();
  return useQuery({ queryKey: accountKeys.list, queryFn: () => api.accounts() });
}

/** The forums, then the surveys, a task can be given on. */
export function useTaskTargets() {
  const api = useAccountApi();
  return useQuery({ queryKey: accountKeys.taskTargets, queryFn: () => api.taskTargets() });
}
