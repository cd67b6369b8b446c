import { QueryClient } from "@tanstack/react-query";

/**
 * The cache of server state. A refusal is shown at once rather than retried (the server's
 * refusals do not change by asking again, and staff see the reason sooner), and a screen asks
 * again when it is opened, not when the window regains focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
