// For the tests of screens: a screen rendered as it first shows (server-side), inside the providers
// the app gives it, with the answers it would fetch already in the query cache.
import { renderToStaticMarkup } from "react-dom/server";
import type { ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ApiContext, LanguageContext, SessionContext } from "../lib/appContext";
import { createHttp } from "../lib/http";
import type { Language } from "../lib/language";
import type { Session } from "../lib/session";

/** A signed-in session with two-factor sign-in set up; `changes` gives its role and tasks. */
export function testSession(changes: Partial<Session> = {}): Session {
  return {
    email: "anna@gemeente.nl",
    role: "admin",
    grants: [],
    csrf_token: "t",
    must_change_password: false,
    two_factor_enabled: true,
    must_enrol_two_factor: false,
    ...changes,
  };
}

/** The screen's HTML for `session` in `language`; `cache` fills the query cache first. */
export function renderScreen(
  screen: ReactNode,
  { session, language = "nl", cache }: { session: Session; language?: Language; cache?: (client: QueryClient) => void },
): string {
  const client = new QueryClient();
  cache?.(client);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <ApiContext.Provider value={createHttp(async () => new Response("{}"))}>
        <SessionContext.Provider value={{ session, setSession: () => undefined }}>
          <LanguageContext.Provider value={language}>{screen}</LanguageContext.Provider>
        </SessionContext.Provider>
      </ApiContext.Provider>
    </QueryClientProvider>,
  );
}
