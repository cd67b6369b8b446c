import { ErrorAlert } from "./ErrorAlert";
import { Loading } from "./Loading";

/**
 * What a screen shows of a query (TanStack Query's answer) while it has no data to show: why
 * it could not be had, with `context` saying what could not be loaded, or that it is loading.
 * Nothing once the data is there (null counts as data: "there is none yet").
 */
export function QueryStatus({ query, context }: { query: { data?: unknown; error: unknown }; context?: string }) {
  if (query.error !== null) return <ErrorAlert error={query.error} context={context} />;
  return query.data === undefined ? <Loading /> : null;
}
