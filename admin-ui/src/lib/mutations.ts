// What the features' actions (features/*/api/actions.ts) have in common: a mutation runs one
// endpoint of the feature's API, then updates the cache with what it changed.
import { hashKey, useMutation, useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";

/** What a successful action changes in the cache: an answer put in, keys marked stale. */
export type CacheUpdate<Result, Args> = (client: QueryClient, result: Result, args: Args) => Promise<unknown> | void;

/** A mutation that runs `run` with the feature's API and then `update`s the cache. */
export function useApiAction<Api, Args, Result>(api: Api, run: (api: Api, args: Args) => Promise<Result>, update: CacheUpdate<Result, Args>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (args: Args) => run(api, args), onSuccess: (result, args) => update(client, result, args) });
}

/** The answer is put in the cache under `key`, then `refresh` asks again for what else it changed
 * (given `key`, so that it does not ask again for the answer it was just given). */
export function storeThen(key: QueryKey, refresh: (client: QueryClient, stored: QueryKey) => Promise<unknown>) {
  return (client: QueryClient, result: unknown) => {
    client.setQueryData(key, result);
    return refresh(client, key);
  };
}

/** Marks every query under `parent` stale, except `stored` when given: its answer is the one just put in. */
export function invalidateAllBut(client: QueryClient, parent: QueryKey, stored?: QueryKey) {
  const skipped = stored ? hashKey(stored) : undefined;
  return client.invalidateQueries({ queryKey: parent, predicate: (query) => query.queryHash !== skipped });
}
